package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.api.ApiKeys;
import dev.hppgateway.bootstrap.ops.RequestLogFilter;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
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
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The request log line over real HTTP: merchant, page id and the provider's correlation id next to
 * the route template, and never an API key, a shopper's contact, a query string or a callback
 * secret.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLogTest implements TestPropertyProvider {
  private static final String MERCHANT = "log-merchant";
  private static final String KEY = ApiKeys.generate();
  private static final String EMAIL = "log.shopper." + System.nanoTime() + "@example.com";
  private static final String PHONE = "+46709" + (100000 + System.nanoTime() % 899999);
  private final int port = freePort();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level levelBefore;

  @Inject MerchantRepository merchants;

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
        "jdbc:h2:mem:request-log;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @BeforeAll
  void merchant() {
    merchants.save(
        new Merchant(MerchantId.of(MERCHANT), "Log", ApiKeys.hash(KEY), null, null, null));
  }

  @BeforeEach
  void capture() {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger requestLog = logging.getLogger(RequestLogFilter.class);
    levelBefore = requestLog.getLevel();
    captured.setContext(logging);
    captured.start();
    logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(captured);
    requestLog.setLevel(Level.INFO);
  }

  @AfterEach
  void release() throws Exception {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(captured);
    logging.getLogger(RequestLogFilter.class).setLevel(levelBefore);
    send("DELETE", "/sandbox/admin/faults", null, null);
  }

  @Test
  void namesMerchantAndPageAndNeverKeysContactsQueriesOrCallbackSecrets() throws Exception {
    HttpResponse<String> created = send("POST", "/v1/hpp-sessions", KEY, body("order-log-1"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = created.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    assertThat(send("GET", "/v1/hpp-sessions/" + id, KEY, null).statusCode()).isEqualTo(200);
    assertThat(
            send(
                    "GET",
                    "/v1/hpp-sessions?merchant_reference="
                        + EMAIL
                        + "&created%5Bgte%5D=2026-01-01T00:00:00Z&token="
                        + KEY,
                    KEY,
                    null)
                .statusCode())
        .isEqualTo(200);
    String secret = "s3cr3t-" + Long.toHexString(System.nanoTime());
    assertThat(send("POST", "/callbacks/klarna-kp/" + id + "/" + secret, null, null).statusCode())
        .isEqualTo(404);
    assertThat(send("GET", "/v1/hpp-sessions/" + id, "hppk_" + "x".repeat(32), null).statusCode())
        .isEqualTo(401);

    List<String> lines = awaitLines(line -> line.startsWith("GET /v1/hpp-sessions/{id} 401 "), 5);
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "POST /v1/hpp-sessions 201 \\d+ms merchant=" + MERCHANT + " page=" + id));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "GET /v1/hpp-sessions/\\{id} 200 \\d+ms merchant="
                            + MERCHANT
                            + " page="
                            + id));
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line).matches("GET /v1/hpp-sessions 200 \\d+ms merchant=" + MERCHANT));
    assertThat(lines)
        .anySatisfy(line -> assertThat(line).matches("POST /callbacks/\\{\\+path} 404 \\d+ms"));
    assertThat(lines)
        .as("no merchant without a valid key; the page id is still named")
        .anySatisfy(
            line -> assertThat(line).matches("GET /v1/hpp-sessions/\\{id} 401 \\d+ms page=" + id));
    assertThat(lines)
        .noneSatisfy(line -> assertThat(line).contains(secret))
        .noneSatisfy(line -> assertThat(line).contains(KEY))
        .noneSatisfy(line -> assertThat(line).contains(EMAIL))
        .noneSatisfy(line -> assertThat(line).contains(PHONE))
        .noneSatisfy(line -> assertThat(line).contains("?"))
        .noneSatisfy(line -> assertThat(line).contains("created"));
    assertThat(everything())
        .noneSatisfy(line -> assertThat(line).contains(secret))
        .noneSatisfy(line -> assertThat(line).contains(KEY));
  }

  @Test
  void namesTheProvidersCorrelationIdWhenAProviderFailureAnswered() throws Exception {
    HttpResponse<String> fault =
        send(
            "PUT", "/sandbox/admin/faults/klarna", null, "{\"errorRate\":1.0,\"errorStatus\":500}");
    assertThat(fault.statusCode()).as(fault.body()).isLessThan(300);

    HttpResponse<String> failed = send("POST", "/v1/hpp-sessions", KEY, body("order-log-2"));
    assertThat(failed.statusCode()).as(failed.body()).isEqualTo(502);
    String correlationId =
        failed.body().replaceAll("(?s).*\"correlation_id\":\"([^\"]+)\".*", "$1");
    assertThat(correlationId).isNotBlank().doesNotContain("{");

    List<String> lines = awaitLines(line -> line.startsWith("POST /v1/hpp-sessions 502 "), 1);
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "POST /v1/hpp-sessions 502 \\d+ms merchant="
                            + MERCHANT
                            + " provider_correlation_id="
                            + correlationId));
    assertThat(lines)
        .noneSatisfy(line -> assertThat(line).contains(KEY))
        .noneSatisfy(line -> assertThat(line).contains(EMAIL));
  }

  private static String body(String reference) {
    return """
        {"provider":"klarna-kp","merchant_reference":"%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":10000,"tax_amount":2000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
           "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
         "customer":{"email":"%s","phone":"%s"},
         "merchant_urls":{"success":"https://shop.example/ok?sid={{session_id}}"}}
        """
        .formatted(reference, EMAIL, PHONE);
  }

  /** The request log's lines once {@code until} matches {@code count} of them, or after 5 s. */
  private List<String> awaitLines(Predicate<String> until, int count) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(5);
    while (Instant.now().isBefore(deadline)
        && requestLog().stream().filter(until).count() < count) {
      Thread.sleep(20);
    }
    return requestLog();
  }

  private List<String> requestLog() {
    return List.copyOf(captured.list).stream()
        .filter(event -> event.getLoggerName().equals(RequestLogFilter.class.getName()))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  private List<String> everything() {
    return List.copyOf(captured.list).stream()
        .map(event -> event.getFormattedMessage() + " " + event.getThrowableProxy())
        .toList();
  }

  private HttpResponse<String> send(String method, String path, String apiKey, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
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
