package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /v1/webhook-events} and {@code POST /v1/webhook-events/{id}/redeliver} over real HTTP:
 * a merchant lists only its own events, newest first, paged and filtered, without their payloads;
 * redelivers its own; another merchant's event is a 404 that changes nothing; bad filters are 400
 * problems naming the field.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookEventsApiTest implements TestPropertyProvider {
  private static final String KEY_A = ApiKeys.generate();
  private static final String KEY_B = ApiKeys.generate();
  private static final MerchantId A = MerchantId.of("webhooks-a");
  private static final MerchantId B = MerchantId.of("webhooks-b");
  private static final String TOKEN = "auth-token-must-not-show";
  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
  private final int port = freePort();
  private final HttpClient http = HttpClient.newHttpClient();

  @Inject MerchantRepository merchants;
  @Inject OutboxRepository outbox;
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(database());
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("hpp.public-base-url", "http://127.0.0.1:" + port);
    properties.put("hpp.sandbox.enabled", "true");
    return properties;
  }

  /** The datasource settings: a private in-memory H2 here; PostgreSQL in the subclass. */
  Map<String, String> database() {
    return TestDatabases.h2("webhook-events-api");
  }

  @BeforeAll
  void twoMerchants() {
    merchants.save(new Merchant(A, "A", ApiKeys.hash(KEY_A), null, null, null));
    merchants.save(new Merchant(B, "B", ApiKeys.hash(KEY_B), null, null, null));
  }

  @Test
  void aMerchantListsOnlyItsOwnEventsNewestFirstWithoutTheirPayloads() throws Exception {
    String page = "hpp_" + unique();
    String first = append(A, page, 1, "hpp_session.created", OutboxState.DELIVERED, 0, null);
    String second = append(A, page, 2, "hpp_session.completed", OutboxState.PENDING, 1, "HTTP 503");
    String theirs =
        append(B, "hpp_" + unique(), 1, "hpp_session.created", OutboxState.DEAD, 9, "x");

    HttpResponse<String> answer = get(KEY_A, "/v1/webhook-events?hpp_session_id=" + page);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    Map<String, Object> body = body(answer);
    assertThat(body).containsOnlyKeys("data", "has_more").containsEntry("has_more", false);
    List<Map<String, Object>> data = data(body);
    assertThat(data).extracting(e -> e.get("id")).containsExactly(second, first);
    assertThat(data.get(0))
        .containsOnlyKeys(
            "id",
            "type",
            "hpp_session_id",
            "sequence",
            "delivery_status",
            "attempts",
            "next_attempt_at",
            "last_error",
            "created_at")
        .containsEntry("type", "hpp_session.completed")
        .containsEntry("hpp_session_id", page)
        .containsEntry("sequence", 2)
        .containsEntry("delivery_status", "failed")
        .containsEntry("attempts", 1)
        .containsEntry("last_error", "HTTP 503")
        .containsEntry("next_attempt_at", T0.plusSeconds(2).toString());
    assertThat(data.get(1))
        .containsEntry("delivery_status", "delivered")
        .containsEntry("next_attempt_at", null);
    assertThat(answer.body()).doesNotContain(TOKEN).doesNotContain("payload");

    String all = get(KEY_A, "/v1/webhook-events?limit=100").body();
    assertThat(all).contains(first).doesNotContain(theirs);
    assertThat(get(KEY_B, "/v1/webhook-events?limit=100").body())
        .contains(theirs)
        .doesNotContain(first)
        .doesNotContain(second);
    assertThat(data(body(get(KEY_B, "/v1/webhook-events?hpp_session_id=" + page)))).isEmpty();
  }

  @Test
  void theListPagesWithStartingAfterAndFilters() throws Exception {
    String page = "hpp_" + unique();
    String e1 = append(A, page, 1, "hpp_session.created", OutboxState.DELIVERED, 1, null);
    String e2 = append(A, page, 2, "hpp_session.in_progress", OutboxState.DEAD, 8, "HTTP 500");
    String e3 = append(A, page, 3, "hpp_session.completed", OutboxState.DEAD, 8, "HTTP 500");
    String base = "/v1/webhook-events?hpp_session_id=" + page;

    Map<String, Object> first = body(get(KEY_A, base + "&limit=2"));
    assertThat(data(first)).extracting(e -> e.get("id")).containsExactly(e3, e2);
    assertThat(first).containsEntry("has_more", true);
    Map<String, Object> second = body(get(KEY_A, base + "&limit=2&starting_after=" + e2));
    assertThat(data(second)).extracting(e -> e.get("id")).containsExactly(e1);
    assertThat(second).containsEntry("has_more", false);

    assertThat(data(body(get(KEY_A, base + "&delivery_status=dead"))))
        .extracting(e -> e.get("id"))
        .containsExactly(e3, e2);
    assertThat(data(body(get(KEY_A, base + "&delivery_status=DELIVERED"))))
        .extracting(e -> e.get("id"))
        .containsExactly(e1);
    assertThat(data(body(get(KEY_A, base + "&type=hpp_session.completed"))))
        .extracting(e -> e.get("id"))
        .containsExactly(e3);
    assertThat(data(body(get(KEY_A, base + "&delivery_status=pending")))).isEmpty();
    assertThat(data(body(get(KEY_B, base + "&starting_after=" + e3))))
        .as("A's event is no cursor for B")
        .isEmpty();
  }

  @Test
  void aPageCreatedThroughTheApiHasItsCreatedEventPending() throws Exception {
    HttpResponse<String> created =
        post(
            BootstrapMerchant.SANDBOX_DEMO_KEY,
            "/v1/hpp-sessions",
            MerchantApiTest.kpBody("order-webhook-events", 10000));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String page = location.substring(location.lastIndexOf('/') + 1);

    List<Map<String, Object>> data =
        data(
            body(
                get(
                    BootstrapMerchant.SANDBOX_DEMO_KEY,
                    "/v1/webhook-events?hpp_session_id=" + page)));

    assertThat(data).hasSize(1);
    assertThat(data.get(0))
        .containsEntry("type", "hpp_session.created")
        .containsEntry("sequence", 1)
        .containsEntry("delivery_status", "pending")
        .containsEntry("attempts", 0);
    assertThat(data(body(get(KEY_A, "/v1/webhook-events?hpp_session_id=" + page)))).isEmpty();
  }

  @Test
  void aMerchantRedeliversItsDeadEventDueNowWithItsAttemptsKept() throws Exception {
    String event =
        append(A, "hpp_" + unique(), 1, "hpp_session.completed", OutboxState.DEAD, 9, "HTTP 500");
    Instant before = Instant.now().minusSeconds(1);

    HttpResponse<String> answer = post(KEY_A, "/v1/webhook-events/" + event + "/redeliver", null);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    Map<String, Object> body = body(answer);
    assertThat(body)
        .containsEntry("id", event)
        .containsEntry("delivery_status", "failed")
        .containsEntry("attempts", 9)
        .containsEntry("last_error", "HTTP 500");
    assertThat(Instant.parse((String) body.get("next_attempt_at")))
        .isBetween(before, Instant.now().plusSeconds(1));
    OutboxMessage stored = outbox.find(A, event).orElseThrow();
    assertThat(stored.state()).isEqualTo(OutboxState.PENDING);
    assertThat(stored.attempts()).isEqualTo(9);
  }

  @Test
  void anotherMerchantsEventOrAnUnknownOneIs404AndStaysAsItWas() throws Exception {
    String event =
        append(A, "hpp_" + unique(), 1, "hpp_session.completed", OutboxState.DEAD, 9, "HTTP 500");
    OutboxMessage before = outbox.find(A, event).orElseThrow();

    HttpResponse<String> other = post(KEY_B, "/v1/webhook-events/" + event + "/redeliver", null);
    assertThat(other.statusCode()).isEqualTo(404);
    assertProblem(other, 404);
    assertThat(other.body()).doesNotContain("hpp_session.completed").doesNotContain("HTTP 500");

    HttpResponse<String> unknown = post(KEY_A, "/v1/webhook-events/evt_unknown/redeliver", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertProblem(unknown, 404);

    assertThat(outbox.find(A, event)).contains(before);
    assertThat(before.state()).isEqualTo(OutboxState.DEAD);
  }

  @Test
  void badFiltersAre400ProblemsNamingTheField() throws Exception {
    Map<String, String> bad =
        Map.of(
            "delivery_status=sent",
            "delivery_status",
            "delivery_status=in_flight",
            "delivery_status",
            "limit=0",
            "limit",
            "limit=101",
            "limit",
            "limit=ten",
            "limit",
            "hpp_session_id=not%20a%20page",
            "hpp_session_id",
            "hpp_session_id=" + "x".repeat(65),
            "hpp_session_id");
    for (Map.Entry<String, String> query : bad.entrySet()) {
      HttpResponse<String> answer = get(KEY_A, "/v1/webhook-events?" + query.getKey());
      assertThat(answer.statusCode()).as(query.getKey()).isEqualTo(400);
      assertProblem(answer, 400);
      assertThat(answer.body())
          .as(query.getKey())
          .contains("\"field\":\"" + query.getValue() + "\"");
    }
  }

  @Test
  void withoutOrWithAWrongKeyIs401() throws Exception {
    String event = append(A, "hpp_" + unique(), 1, "t", OutboxState.DEAD, 1, "x");
    for (String key : new String[] {null, "hppk_" + "x".repeat(32)}) {
      HttpResponse<String> list = get(key, "/v1/webhook-events");
      assertThat(list.statusCode()).isEqualTo(401);
      assertProblem(list, 401);
      HttpResponse<String> redeliver =
          post(key, "/v1/webhook-events/" + event + "/redeliver", null);
      assertThat(redeliver.statusCode()).isEqualTo(401);
    }
    assertThat(outbox.find(A, event).orElseThrow().state()).isEqualTo(OutboxState.DEAD);
  }

  /** A message of merchant's page, created {@code sequence} seconds after T0, as given. */
  private String append(
      MerchantId merchant,
      String page,
      long sequence,
      String type,
      OutboxState state,
      int attempts,
      String lastError) {
    String id = "evt_" + unique();
    outbox.append(
        List.of(
            new OutboxMessage(
                id,
                merchant,
                HppSessionId.of(page),
                sequence,
                type,
                "{\"authorization_token\":\"" + TOKEN + "\"}",
                state,
                attempts,
                T0.plusSeconds(sequence),
                lastError,
                T0.plusSeconds(sequence),
                null)));
    return id;
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static void assertProblem(HttpResponse<String> answer, int status) {
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"status\":" + status)
        .doesNotContain("java.")
        .doesNotContain("Exception");
  }

  private Map<String, Object> body(HttpResponse<String> answer) throws IOException {
    assertThat(answer.statusCode()).as(answer.body()).isIn(200, 202);
    return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> data(Map<String, Object> body) {
    return (List<Map<String, Object>>) body.get("data");
  }

  private HttpResponse<String> post(String apiKey, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .POST(
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String apiKey, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
