package dev.hppgateway.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.hppgateway.application.fixtures.MutableClock;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.webhook.WebhookSignature;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service's webhook worker end to end: the bootstrap merchant's webhook URL is a receiver in
 * this test (loopback, allowed in sandbox mode); a page created over the API is reported to it as
 * {@code hpp_session.created}, signed with the merchant's secret; the receiver's 500 is retried
 * with the same event id once the (test) clock reaches the next attempt, and its 200 ends it.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryWorkerTest implements TestPropertyProvider {
  private static final String SECRET = "whsec_" + "w".repeat(40);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String KP_BODY =
      """
      {"provider":"klarna-kp","merchant_reference":"order-webhook-1","purchase_country":"SE",
       "currency":"SEK","locale":"sv-SE","amount":10000,"tax_amount":2000,
       "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
         "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
       "merchant_urls":{"success":"https://shop.example/ok?sid={{session_id}}"}}
      """;
  private final MutableClock clock = new MutableClock(Instant.now());
  private final int port = freePort();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final HttpServer receiver = receiver();
  private final HttpClient http = HttpClient.newHttpClient();

  @Inject JsonMapper json;
  @Inject OutboxRepository outbox;
  private static final MerchantId MERCHANT = MerchantId.of(BootstrapMerchant.DEMO_ID);

  private record Received(String body, String signature) {}

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  private HttpServer receiver() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/hook",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(
                new Received(body, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER)));
            // The first delivery fails, every later one succeeds.
            exchange.sendResponseHeaders(received.size() == 1 ? 500 : 200, -1);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  void stopReceiver() {
    receiver.stop(0);
  }

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
        "hpp.bootstrap-merchant.webhook-url",
        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
        "hpp.bootstrap-merchant.webhook-secret",
        SECRET,
        "hpp.webhooks.delivery.interval",
        "100ms",
        "datasources.default.url",
        "jdbc:h2:mem:webhook-delivery-worker;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @Test
  void aCreatedPageIsReportedSignedAndA500IsRedeliveredWithTheSameEventId() throws Exception {
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/hpp-sessions"))
                .header("Authorization", "Bearer " + BootstrapMerchant.SANDBOX_DEMO_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(KP_BODY))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String pageId = (String) map(created.body()).get("id");

    awaitReceived(1);
    Received first = received.get(0);
    assertThat(WebhookSignature.verify(first.body(), first.signature(), SECRET, WAIT, clock))
        .isTrue();
    assertThat(
            WebhookSignature.verify(
                first.body(), first.signature(), "whsec_" + "x".repeat(40), WAIT, clock))
        .isFalse();
    Map<String, Object> event = map(first.body());
    assertThat(event)
        .containsKeys("id", "created_at")
        .containsEntry("type", "hpp_session.created")
        .containsEntry("sequence", 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) event.get("data");
    assertThat(data).containsEntry("id", pageId).containsEntry("status", "WAITING");

    // The receiver answered 500: the next attempt is due within a minute (jitter only shortens).
    // The receiver counts a request before it answers, so wait until the worker has recorded the
    // failed attempt: a clock moved before that would set the retry a minute after the new time.
    awaitAttemptRecorded((String) event.get("id"));
    clock.advance(Duration.ofMinutes(1));
    awaitReceived(2);
    Received second = received.get(1);
    assertThat(map(second.body()).get("id")).isEqualTo(event.get("id"));
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(WebhookSignature.verify(second.body(), second.signature(), SECRET, WAIT, clock))
        .isTrue();
  }

  private void awaitAttemptRecorded(String eventId) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    OutboxMessage message = outbox.find(MERCHANT, eventId).orElseThrow();
    while (message.attempts() < 1 && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      message = outbox.find(MERCHANT, eventId).orElseThrow();
    }
    assertThat(message.attempts()).as("the failed attempt recorded").isEqualTo(1);
  }

  private void awaitReceived(int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (received.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertThat(received).as("webhooks received").hasSizeGreaterThanOrEqualTo(count);
  }

  private Map<String, Object> map(String body) throws IOException {
    return json.readValue(body, Argument.mapOf(String.class, Object.class));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
