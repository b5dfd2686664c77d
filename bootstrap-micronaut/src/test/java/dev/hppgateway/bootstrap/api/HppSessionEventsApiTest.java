package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /v1/hpp-sessions/{id}/events} over real HTTP with the in-process sandbox as providers:
 * the timeline of a created, a paid (the shopper presses the sandbox page's Pay button, the sandbox
 * calls back) and a disabled page, each change with its source and the provider's status; another
 * merchant's page and an unknown one are 404s that show nothing of them.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HppSessionEventsApiTest implements TestPropertyProvider {
  private static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;
  private static final String OTHER_KEY = ApiKeys.generate();
  private final int port = MerchantApiClient.freePort();
  private final MerchantApiClient api = new MerchantApiClient(port);

  @Inject MerchantRepository merchants;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "micronaut.server.port",
        String.valueOf(port),
        "micronaut.server.host",
        "127.0.0.1",
        "hpp.public-base-url",
        "http://127.0.0.1:" + port,
        "hpp.sandbox.enabled",
        "true",
        "datasources.default.url",
        "jdbc:h2:mem:hpp-session-events-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  void otherMerchant() {
    merchants.save(
        new Merchant(
            MerchantId.of("other-merchant-events"),
            "Other",
            ApiKeys.hash(OTHER_KEY),
            null,
            null,
            null));
  }

  @Test
  void aCreatedPageHasOneWaitingEntryFromTheApi() throws Exception {
    String page = api.create(KEY, MerchantApiTest.kpBody("order-events-created", 10000));

    HttpResponse<String> answer = get(KEY, page + "/events");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    List<Map<String, Object>> data = data(answer);
    assertThat(data).hasSize(1);
    Map<String, Object> created = data.get(0);
    assertThat(created)
        .containsEntry("sequence", 1)
        .containsEntry("type", "hpp_session.created")
        .containsEntry("status", "WAITING")
        .containsEntry("source", "API")
        .containsEntry("provider_status", page(page).get("provider_status"));
    assertThat(created.get("previous_status")).isNull();
    assertThat(Instant.parse((String) created.get("occurred_at")))
        .isBetween(Instant.now().minusSeconds(60), Instant.now());
  }

  @Test
  void aPaidPageShowsItsCompletionFromTheProvidersCallbackWithTheProvidersStatus()
      throws Exception {
    String page = api.createAndPay(KEY, MerchantApiTest.kpBody("order-events-paid", 10000));

    List<Map<String, Object>> data = data(get(KEY, page + "/events"));

    assertThat(data).extracting(e -> e.get("sequence")).isEqualTo(sequence(data.size()));
    assertThat(data.get(0)).containsEntry("source", "API").containsEntry("status", "WAITING");
    Map<String, Object> completed = data.get(data.size() - 1);
    assertThat(completed)
        .containsEntry("type", "hpp_session.completed")
        .containsEntry("status", "COMPLETED")
        .containsEntry("source", "CALLBACK")
        .containsEntry("provider_status", page(page).get("provider_status"));
    assertThat(completed.get("provider_status")).isNotNull();
    assertThat(completed.get("previous_status")).isIn("WAITING", "IN_PROGRESS");
    assertThat(data.subList(1, data.size()))
        .as("every change after the creation came from the sandbox's callbacks")
        .allSatisfy(e -> assertThat(e).containsEntry("source", "CALLBACK"));
  }

  @Test
  void aDisabledPageShowsTheMerchantsDisableFromTheApi() throws Exception {
    String page = api.create(KEY, MerchantApiTest.kpBody("order-events-disabled", 10000));
    HttpResponse<String> disabled = post(KEY, page + "/disable");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

    List<Map<String, Object>> data = data(get(KEY, page + "/events"));

    assertThat(data).hasSize(2);
    assertThat(data.get(1))
        .containsEntry("sequence", 2)
        .containsEntry("type", "hpp_session.disabled")
        .containsEntry("previous_status", "WAITING")
        .containsEntry("status", "DISABLED")
        .containsEntry("source", "API")
        .containsEntry("provider_status", page(page).get("provider_status"));
  }

  @Test
  void anotherMerchantsPageAndAnUnknownPageAre404ProblemsShowingNothing() throws Exception {
    String page = api.create(KEY, MerchantApiTest.kpBody("order-events-tenant", 10000));

    HttpResponse<String> other = get(OTHER_KEY, page + "/events");
    assertThat(other.statusCode()).isEqualTo(404);
    MerchantApiClient.assertProblem(other, 404);
    assertThat(other.body())
        .doesNotContain("order-events-tenant")
        .doesNotContain("hpp_session.created")
        .doesNotContain("WAITING");

    HttpResponse<String> unknown = get(KEY, "/v1/hpp-sessions/hpp_unknown/events");
    assertThat(unknown.statusCode()).isEqualTo(404);
    MerchantApiClient.assertProblem(unknown, 404);

    assertThat(data(get(KEY, page + "/events"))).as("the owner still sees it").hasSize(1);
  }

  @Test
  void aMalformedIdIs400NamingTheField() throws Exception {
    HttpResponse<String> answer = get(KEY, "/v1/hpp-sessions/" + "x".repeat(65) + "/events");
    assertThat(answer.statusCode()).isEqualTo(400);
    MerchantApiClient.assertProblem(answer, 400);
    assertThat(answer.body()).contains("\"field\":\"id\"");
  }

  @Test
  void withoutOrWithAWrongKeyIs401() throws Exception {
    String page = api.create(KEY, MerchantApiTest.kpBody("order-events-401", 10000));
    for (String key : new String[] {null, "hppk_" + "x".repeat(32)}) {
      HttpResponse<String> answer = get(key, page + "/events");
      assertThat(answer.statusCode()).isEqualTo(401);
      MerchantApiClient.assertProblem(answer, 401);
      assertThat(answer.body()).doesNotContain("hpp_session.created");
    }
  }

  private static List<Integer> sequence(int size) {
    return java.util.stream.IntStream.rangeClosed(1, size).boxed().toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> data(HttpResponse<String> answer) throws IOException {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Map<String, Object> body =
        json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
    assertThat(body).containsOnlyKeys("data");
    return (List<Map<String, Object>>) body.get("data");
  }

  private Map<String, Object> page(String location) throws Exception {
    HttpResponse<String> read = get(KEY, location);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return json.readValue(read.body(), Argument.mapOf(String.class, Object.class));
  }

  private HttpResponse<String> post(String apiKey, String path) throws Exception {
    return post(apiKey, path, null);
  }

  private HttpResponse<String> post(String apiKey, String path, String body) throws Exception {
    return api.post(apiKey, path, body);
  }

  private HttpResponse<String> get(String apiKey, String path) throws Exception {
    return api.get(apiKey, path);
  }
}
