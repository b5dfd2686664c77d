package dev.hppgateway.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import dev.hppgateway.bootstrap.reliability.WebhookReceiver.Delivery;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12, the merchant's webhook receiver fails. The delivery retry schedule is shortened with
 * {@code hpp.webhooks.delivery.retry-schedule} (six retries within about 7 s, seven attempts).
 *
 * <ul>
 *   <li>Down, then up: while pages are created and paid the receiver's port is closed (connection
 *       refused, at least two attempts of every first event), then it answers 503 for a while, then
 *       200. Every event arrives, and counted by distinct id exactly once per timeline entry in
 *       sequence order per page; none is dead.
 *   <li>500 forever: every event of the pages is dead after its seventh attempt (listed with {@code
 *       delivery_status=dead}, last error {@code HTTP 500}); once the receiver is fixed, {@code
 *       POST /v1/webhook-events/{id}/redeliver} delivers each of them once, in sequence.
 * </ul>
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookReceiverOutageTest implements TestPropertyProvider {
  static final String SECRET = "whsec_" + "o".repeat(40);
  private static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Seven attempts: the first and one after each of these waits (jitter only shortens them). */
  private static final String SCHEDULE = "400ms,800ms,1s,1s,1500ms,2s";

  private static final int ATTEMPTS = 7;

  private final int port = ReliabilityHttp.freePort();
  private final ReliabilityHttp http = new ReliabilityHttp(port);
  private final WebhookReceiver receiver = new WebhookReceiver(ReliabilityHttp.freePort(), SECRET);

  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = ReliabilityHttp.serviceProperties(port, "webhook-outage");
    properties.put("hpp.bootstrap-merchant.webhook-url", receiver.url());
    properties.put("hpp.bootstrap-merchant.webhook-secret", SECRET);
    properties.put("hpp.webhooks.delivery.interval", "100ms");
    properties.put("hpp.webhooks.delivery.initial-delay", "100ms");
    properties.put("hpp.webhooks.delivery.retry-schedule", SCHEDULE);
    properties.put("hpp.sweep.enabled", "false");
    return properties;
  }

  @BeforeEach
  void freshReceiver() {
    receiver.down();
    receiver.clear();
    receiver.answer(200);
  }

  @AfterAll
  void close() {
    receiver.close();
  }

  @Test
  void aReceiverDownThenUpGetsEveryEventOnceByIdAndNoneIsDead() throws Exception {
    receiver.down();
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pages.add(create("outage-" + i));
    }
    for (String page : pages.subList(0, 3)) {
      assertThat(http.press(redirectUrl(page), "pay")).isEqualTo(303);
    }
    for (String page : pages.subList(0, 3)) {
      await("paid " + page, () -> "COMPLETED".equals(read(page).get("status")));
    }
    // Down: every page's first event has been refused at least twice.
    await(
        "two refused attempts of each first event",
        () -> {
          for (String page : pages) {
            Map<String, Object> first = events(page, null).get(0);
            if (!"failed".equals(first.get("delivery_status"))
                || number(first.get("attempts")) < 2) {
              return false;
            }
          }
          return true;
        });
    assertThat(receiver.deliveries()).isEmpty();
    // Up, but answering 503 for a while.
    receiver.answer(503);
    receiver.up();
    await("a 503 for each page", () -> receiver.deliveries().size() >= pages.size());
    receiver.answer(200);

    int expected = 0;
    for (String page : pages) {
      expected += timeline(page).size();
    }
    int total = expected;
    await(
        "every event delivered",
        () ->
            receiver.distinctAcceptedByPage().values().stream().mapToInt(List::size).sum() >= total
                && pages.stream().allMatch(page -> allDelivered(page)));

    Map<String, List<Delivery>> received = receiver.distinctAcceptedByPage();
    assertThat(receiver.deliveries()).allSatisfy(d -> assertThat(d.signed()).isTrue());
    for (String page : pages) {
      assertThat(received.get(page))
          .as("%s: distinct events in delivery order", page)
          .extracting(d -> d.sequence() + " " + d.type())
          .containsExactlyElementsOf(
              timeline(page).stream()
                  .map(e -> number(e.get("sequence")) + " " + e.get("type"))
                  .toList());
      assertThat(events(page, "dead")).isEmpty();
    }
    assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(pages);
    long refused503 = receiver.deliveries().stream().filter(d -> d.answered() == 503).count();
    int accepted = receiver.accepted().size();
    long attempts = 0;
    for (String page : pages) {
      attempts += events(page, null).stream().mapToLong(e -> number(e.get("attempts"))).sum();
    }
    long refused = attempts - receiver.deliveries().size();
    assertThat(refused)
        .as("attempts refused while the port was closed")
        .isGreaterThanOrEqualTo(2L * pages.size());
    System.out.printf(
        "WebhookReceiverOutageTest down-then-up counts: pages=%d events=%d attempts=%d"
            + " (connection refused=%d, 503=%d, 2xx=%d) duplicates received=%d dead=0%n",
        pages.size(), expected, attempts, refused, refused503, accepted, accepted - expected);
    assertThat(accepted - expected).as("duplicates").isGreaterThanOrEqualTo(0);
  }

  @Test
  void aReceiverAnswering500ForeverGetsEventsDeadThenRedeliveredOnceFixed() throws Exception {
    receiver.answer(500);
    receiver.up();
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pages.add(create("dead-" + i));
    }
    String paid = pages.get(0);
    assertThat(http.press(redirectUrl(paid), "pay")).isEqualTo(303);
    await("paid " + paid, () -> "COMPLETED".equals(read(paid).get("status")));
    await(
        "every event dead",
        () ->
            pages.stream().allMatch(page -> events(page, "dead").size() == timeline(page).size()));

    List<String> dead = new ArrayList<>();
    for (String page : pages) {
      for (Map<String, Object> event : events(page, "dead")) {
        assertThat(number(event.get("attempts"))).as(event.toString()).isEqualTo(ATTEMPTS);
        assertThat(event.get("last_error")).isEqualTo("HTTP 500");
        assertThat(event.get("next_attempt_at")).isNull();
        dead.add((String) event.get("id"));
      }
    }
    assertThat(dead).hasSize(4);
    for (String id : dead) {
      assertThat(receiver.deliveries().stream().filter(d -> d.eventId().equals(id)))
          .as("attempts of %s", id)
          .hasSize(ATTEMPTS)
          .allSatisfy(d -> assertThat(d.answered()).isEqualTo(500));
    }
    assertThat(receiver.accepted()).isEmpty();

    receiver.answer(200);
    for (String id : dead) {
      HttpResponse<String> redelivered = http.post(KEY, "/v1/webhook-events/" + id + "/redeliver");
      assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(202);
    }
    await("every event redelivered", () -> pages.stream().allMatch(page -> allDelivered(page)));

    Map<String, List<Delivery>> received = receiver.distinctAcceptedByPage();
    for (String page : pages) {
      assertThat(received.get(page))
          .extracting(d -> d.sequence() + " " + d.type())
          .containsExactlyElementsOf(
              timeline(page).stream()
                  .map(e -> number(e.get("sequence")) + " " + e.get("type"))
                  .toList());
    }
    assertThat(receiver.accepted())
        .extracting(Delivery::eventId)
        .containsExactlyInAnyOrderElementsOf(dead);
    System.out.printf(
        "WebhookReceiverOutageTest 500-forever counts: pages=%d events dead=%d attempts each=%d"
            + " requests answered 500=%d redelivered and accepted=%d%n",
        pages.size(),
        dead.size(),
        ATTEMPTS,
        receiver.deliveries().size() - receiver.accepted().size(),
        receiver.accepted().size());
  }

  private String create(String prefix) throws Exception {
    HttpResponse<String> created =
        http.create(
            KEY,
            ReliabilityHttp.pageBody("klarna-kp", prefix + "-" + UUID.randomUUID(), null),
            "idem-" + UUID.randomUUID());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return ReliabilityHttp.idOf(created.body());
  }

  private String redirectUrl(String page) {
    return (String) read(page).get("redirect_url");
  }

  private Map<String, Object> read(String page) {
    return map(get("/v1/hpp-sessions/" + page));
  }

  private List<Map<String, Object>> timeline(String page) {
    return list(map(get("/v1/hpp-sessions/" + page + "/events")).get("data"));
  }

  /** A merchant API GET; failures unchecked, so the waits' conditions can be lambdas. */
  private HttpResponse<String> get(String path) {
    try {
      return http.get(KEY, path);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The page's webhook events (oldest first), of one delivery status or all. */
  private List<Map<String, Object>> events(String page, String status) {
    String query = "hpp_session_id=" + page + "&limit=100";
    if (status != null) {
      query += "&delivery_status=" + status;
    }
    List<Map<String, Object>> events = list(map(get("/v1/webhook-events?" + query)).get("data"));
    events.sort((a, b) -> Long.compare(number(a.get("sequence")), number(b.get("sequence"))));
    return events;
  }

  private boolean allDelivered(String page) {
    List<Map<String, Object>> events = events(page, null);
    return events.size() == timeline(page).size()
        && events.stream().allMatch(e -> "delivered".equals(e.get("delivery_status")));
  }

  private Map<String, Object> map(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    try {
      return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object data) {
    return new ArrayList<>((List<Map<String, Object>>) data);
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static void await(String what, Callable<Boolean> condition) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.call()) {
      assertThat(Instant.now()).as("waited %s for: %s", WAIT, what).isBefore(deadline);
      Thread.sleep(100);
    }
  }
}
