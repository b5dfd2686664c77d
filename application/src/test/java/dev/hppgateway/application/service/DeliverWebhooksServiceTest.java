package dev.hppgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.adapter.inmemory.InMemoryMerchantRepository;
import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.application.fixtures.MutableClock;
import dev.hppgateway.application.port.in.DeliverWebhooksUseCase;
import dev.hppgateway.application.port.in.WebhookDeliveryReport;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.application.port.out.events.WebhookSender;
import dev.hppgateway.application.webhook.WebhookSignature;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The delivery of the outbox to the merchants' webhook URLs, against a fake sender. */
class DeliverWebhooksServiceTest {
  private static final Instant START = Instant.parse("2026-11-23T12:00:00Z");
  private static final MerchantId SHOP = MerchantId.of("m_shop");
  private static final MerchantId OTHER = MerchantId.of("m_other");
  private static final String SECRET = "whsec_shop_secret";
  private static final String URL = "https://shop.example/hooks";
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryMerchantRepository merchants = new InMemoryMerchantRepository();
  private final FakeSender sender = new FakeSender();

  /** No jitter: every retry at its nominal delay. */
  private DeliverWebhooksUseCase delivery = delivery(() -> 0L);

  DeliverWebhooksServiceTest() {
    merchants.save(new Merchant(SHOP, "Shop", "hash-shop", URL, SECRET, null));
    merchants.save(
        new Merchant(OTHER, "Other", "hash-other", "https://other.example/h", "whsec_o", null));
  }

  private DeliverWebhooksUseCase delivery(RandomGenerator jitter) {
    return GatewayAssembly.webhookDelivery(outbox, merchants, sender, clock, jitter, LEASE);
  }

  private void append(String eventId, MerchantId merchant, String session, long sequence) {
    outbox.append(
        List.of(
            OutboxMessage.pending(
                eventId,
                merchant,
                HppSessionId.of(session),
                sequence,
                "hpp_session.created",
                "{\"id\":\""
                    + eventId
                    + "\",\"type\":\"hpp_session.created\",\"sequence\":"
                    + sequence
                    + "}",
                clock.instant())));
  }

  private OutboxMessage stored(String eventId) {
    return outbox.all().stream().filter(m -> m.eventId().equals(eventId)).findFirst().orElseThrow();
  }

  @Test
  void aDueEventIsPostedSignedWithTheMerchantsSecretAndMarkedDelivered() {
    append("evt_1", SHOP, "hpp_a", 1);
    sender.answer(200);

    WebhookDeliveryReport report = delivery.deliverDue(10);

    assertThat(report).isEqualTo(new WebhookDeliveryReport(1, 0, 0, 0));
    assertThat(sender.sent).hasSize(1);
    Sent sent = sender.sent.get(0);
    assertThat(sent.url).isEqualTo(URL);
    assertThat(sent.body).isEqualTo(stored("evt_1").payload());
    assertThat(sent.headers).containsEntry("Content-Type", "application/json");
    assertThat(sent.headers).containsEntry("Hpp-Event-Id", "evt_1");
    String signature = sent.headers.get(WebhookSignature.HEADER);
    assertThat(signature).isEqualTo(WebhookSignature.sign(sent.body, SECRET, START));
    assertThat(WebhookSignature.verify(sent.body, signature, SECRET, Duration.ofMinutes(5), clock))
        .isTrue();
    assertThat(stored("evt_1").state()).isEqualTo(OutboxState.DELIVERED);
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 0, 0));
    assertThat(sender.sent).hasSize(1);
  }

  @Test
  void whileTheWebhookSecretIsRotatedEachEventCarriesASignatureForTheNewAndTheOldSecret() {
    String rotatedTo = "whsec_new_0123456789abcdef0123456789abcdef";
    merchants.save(merchants.findById(SHOP).orElseThrow().withRotatedWebhookSecret(rotatedTo));
    append("evt_1", SHOP, "hpp_a", 1);
    sender.answer(200);

    delivery.deliverDue(10);

    Sent sent = sender.sent.get(0);
    String signature = sent.headers.get(WebhookSignature.HEADER);
    assertThat(signature.split(",v1=")).as(signature).hasSize(3);
    assertThat(
            WebhookSignature.verify(sent.body, signature, rotatedTo, Duration.ofMinutes(5), clock))
        .as("a receiver on the new secret")
        .isTrue();
    assertThat(WebhookSignature.verify(sent.body, signature, SECRET, Duration.ofMinutes(5), clock))
        .as("a receiver still on the old secret")
        .isTrue();

    merchants.save(merchants.findById(SHOP).orElseThrow().withoutPreviousWebhookSecret());
    append("evt_2", SHOP, "hpp_a", 2);
    sender.answer(200);
    delivery.deliverDue(10);
    String after = sender.sent.get(1).headers.get(WebhookSignature.HEADER);
    assertThat(
            WebhookSignature.verify(
                sender.sent.get(1).body, after, SECRET, Duration.ofMinutes(5), clock))
        .as("the retired secret no longer signs")
        .isFalse();
  }

  @Test
  void anyTwoHundredCountsAsDelivered() {
    append("evt_1", SHOP, "hpp_a", 1);
    sender.answer(204);
    delivery.deliverDue(10);
    assertThat(stored("evt_1").state()).isEqualTo(OutboxState.DELIVERED);
  }

  @Test
  void aServerErrorIsRetriedAfterAMinuteWithTheSameEventId() {
    append("evt_1", SHOP, "hpp_a", 1);
    sender.answer(500, 200);

    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 1, 0, 0));
    OutboxMessage failed = stored("evt_1");
    assertThat(failed.state()).isEqualTo(OutboxState.PENDING);
    assertThat(failed.lastError()).isEqualTo("HTTP 500");
    assertThat(failed.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));

    clock.advance(Duration.ofSeconds(59));
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 0, 0));
    clock.advance(Duration.ofSeconds(1));
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(1, 0, 0, 0));

    assertThat(sender.sent).hasSize(2);
    assertThat(sender.sent.get(1).body).isEqualTo(sender.sent.get(0).body);
    assertThat(sender.sent.get(1).headers.get("Hpp-Event-Id")).isEqualTo("evt_1");
    // Signed again at the time of the attempt.
    assertThat(sender.sent.get(1).headers.get(WebhookSignature.HEADER))
        .isEqualTo(WebhookSignature.sign(sender.sent.get(1).body, SECRET, clock.instant()));
    assertThat(stored("evt_1").state()).isEqualTo(OutboxState.DELIVERED);
  }

  @Test
  void aRedirectIsAFailureNotFollowed() {
    append("evt_1", SHOP, "hpp_a", 1);
    sender.answer(302);
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 1, 0, 0));
    assertThat(stored("evt_1").lastError()).isEqualTo("HTTP 302");
    assertThat(sender.sent).hasSize(1);
  }

  @Test
  void aTransportFailureIsRetriedAndNamedAsTheLastError() {
    append("evt_1", SHOP, "hpp_a", 1);
    sender.fail("connect timed out");
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 1, 0, 0));
    assertThat(stored("evt_1").state()).isEqualTo(OutboxState.PENDING);
    assertThat(stored("evt_1").lastError()).isEqualTo("connect timed out");
    assertThat(stored("evt_1").nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
  }

  @Test
  void aSenderThatBreaksFailsThatAttemptOnlyAndTheRestOfTheBatchGoesOut() {
    append("evt_1", SHOP, "hpp_a", 1);
    append("evt_2", SHOP, "hpp_b", 1);
    sender.breakWith(new IllegalStateException("bug"));
    sender.answer(200);

    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(1, 1, 0, 0));
    assertThat(stored("evt_1").state()).isEqualTo(OutboxState.PENDING);
    assertThat(stored("evt_1").lastError()).isEqualTo("sender failed: IllegalStateException");
    assertThat(stored("evt_2").state()).isEqualTo(OutboxState.DELIVERED);
  }

  @Test
  void anEndpointFailingForeverIsTriedOnTheScheduleThenTheEventIsDead() {
    append("evt_1", SHOP, "hpp_a", 1);
    List<Duration> expected =
        List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofHours(24),
            Duration.ofHours(24));
    List<Duration> waited = new ArrayList<>();
    for (int attempt = 1; attempt <= expected.size(); attempt++) {
      sender.answer(503);
      assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 1, 0, 0));
      Duration wait = Duration.between(clock.instant(), stored("evt_1").nextAttemptAt());
      waited.add(wait);
      clock.advance(wait);
    }
    assertThat(waited).isEqualTo(expected);
    assertThat(Duration.between(START, clock.instant()))
        .isEqualTo(Duration.ofHours(68).plusMinutes(36));

    sender.answer(503);
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 1, 0));
    assertThat(sender.sent).hasSize(9);
    assertThat(stored("evt_1").state()).isEqualTo(OutboxState.DEAD);
    assertThat(stored("evt_1").attempts()).isEqualTo(9);
    assertThat(stored("evt_1").lastError()).isEqualTo("HTTP 503");

    clock.advance(Duration.ofDays(30));
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 0, 0));
    assertThat(sender.sent).hasSize(9);
  }

  @Test
  void aConfiguredScheduleIsTriedThroughThenTheEventIsDead() {
    delivery =
        GatewayAssembly.webhookDelivery(
            outbox,
            merchants,
            sender,
            clock,
            () -> 0L,
            LEASE,
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(3)));
    append("evt_1", SHOP, "hpp_a", 1);
    List<Duration> waited = new ArrayList<>();
    for (int attempt = 1; attempt <= 2; attempt++) {
      sender.answer(500);
      assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 1, 0, 0));
      Duration wait = Duration.between(clock.instant(), stored("evt_1").nextAttemptAt());
      waited.add(wait);
      clock.advance(wait);
    }
    assertThat(waited).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3));

    sender.answer(500);
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 1, 0));
    assertThat(sender.sent).hasSize(3);
    assertThat(stored("evt_1").state()).isEqualTo(OutboxState.DEAD);
    assertThat(stored("evt_1").attempts()).isEqualTo(3);
  }

  @Test
  void aScheduleWithoutDelaysOrWithANonPositiveDelayIsRefused() {
    assertThatThrownBy(
            () ->
                GatewayAssembly.webhookDelivery(
                    outbox, merchants, sender, clock, () -> 0L, LEASE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                GatewayAssembly.webhookDelivery(
                    outbox,
                    merchants,
                    sender,
                    clock,
                    () -> 0L,
                    LEASE,
                    List.of(Duration.ofSeconds(1), Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThat(GatewayAssembly.DEFAULT_WEBHOOK_RETRY_DELAYS)
        .hasSize(8)
        .first()
        .isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void jitterOnlyBringsARetryForwardByUpToAFifth() {
    // nextDouble() of a generator whose nextLong is all ones is just under 1: the most jitter.
    delivery = delivery(() -> -1L);
    append("evt_1", SHOP, "hpp_a", 1);
    sender.answer(500);
    delivery.deliverDue(10);
    Duration wait = Duration.between(START, stored("evt_1").nextAttemptAt());
    assertThat(wait)
        .isLessThan(Duration.ofSeconds(49))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(48));
  }

  @Test
  void goneDisablesTheMerchantsPendingDeliveriesButNoOneElses() {
    append("evt_gone", SHOP, "hpp_a", 1);
    append("evt_later", SHOP, "hpp_a", 2);
    append("evt_other_page", SHOP, "hpp_b", 1);
    append("evt_other_merchant", OTHER, "hpp_c", 1);
    // The batch claims evt_gone, evt_other_page and evt_other_merchant; evt_later waits for its
    // page's first event.
    sender.answerFor(URL, 410);
    sender.answerFor("https://other.example/h", 200);

    WebhookDeliveryReport report = delivery.deliverDue(10);

    assertThat(report.delivered()).isEqualTo(1);
    assertThat(report.dead()).as("the 410 and the claimed one not sent after it").isEqualTo(2);
    assertThat(report.abandoned()).as("evt_later, pending").isEqualTo(1);
    assertThat(sender.sent)
        .extracting(s -> s.headers.get("Hpp-Event-Id"))
        .as("one 410 is enough: the merchant's other claimed event is not sent")
        .containsExactlyInAnyOrder("evt_gone", "evt_other_merchant");
    assertThat(stored("evt_gone").state()).isEqualTo(OutboxState.DEAD);
    assertThat(stored("evt_gone").lastError()).contains("410");
    assertThat(stored("evt_later").state()).isEqualTo(OutboxState.DEAD);
    assertThat(stored("evt_later").lastError()).contains("410");
    assertThat(stored("evt_other_page").state()).isEqualTo(OutboxState.DEAD);
    assertThat(stored("evt_other_merchant").state()).isEqualTo(OutboxState.DELIVERED);

    clock.advance(Duration.ofDays(4));
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 0, 0));
  }

  @Test
  void aMerchantWithoutAWebhookUrlGetsItsEventsDeadWithTheReasonAndNothingSent() {
    merchants.save(new Merchant(SHOP, "Shop", "hash-shop", null, SECRET, null));
    append("evt_1", SHOP, "hpp_a", 1);

    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 1, 0));
    assertThat(sender.sent).isEmpty();
    assertThat(stored("evt_1").state()).isEqualTo(OutboxState.DEAD);
    assertThat(stored("evt_1").lastError()).isEqualTo("merchant has no webhook_url");
  }

  @Test
  void aMerchantWithoutASecretGetsNothingUnsigned() {
    merchants.save(new Merchant(SHOP, "Shop", "hash-shop", URL, null, null));
    append("evt_1", SHOP, "hpp_a", 1);

    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 1, 0));
    assertThat(sender.sent).isEmpty();
    assertThat(stored("evt_1").lastError()).isEqualTo("merchant has no webhook secret");
  }

  @Test
  void anUnknownMerchantsEventIsDead() {
    append("evt_1", MerchantId.of("m_gone"), "hpp_a", 1);
    assertThat(delivery.deliverDue(10)).isEqualTo(new WebhookDeliveryReport(0, 0, 1, 0));
    assertThat(stored("evt_1").lastError()).isEqualTo("merchant not found");
  }

  @Test
  void aPagesEventsGoOutInSequenceAcrossPasses() {
    append("evt_b", SHOP, "hpp_a", 1);
    append("evt_a", SHOP, "hpp_a", 2);
    sender.answer(200, 200);
    delivery.deliverDue(10);
    delivery.deliverDue(10);
    assertThat(sender.sent)
        .extracting(s -> s.headers.get("Hpp-Event-Id"))
        .containsExactly("evt_b", "evt_a");
  }

  @Test
  void theBatchSizeBoundsAPass() {
    append("evt_1", SHOP, "hpp_a", 1);
    append("evt_2", SHOP, "hpp_b", 1);
    sender.answer(200, 200);
    assertThat(delivery.deliverDue(1).delivered()).isEqualTo(1);
    assertThat(sender.sent).hasSize(1);
  }

  private record Sent(String url, String body, Map<String, String> headers) {}

  private static final class FakeSender implements WebhookSender {
    final List<Sent> sent = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final Map<String, Integer> byUrl = new java.util.HashMap<>();

    void answer(int... statuses) {
      for (int status : statuses) {
        answers.add(status);
      }
    }

    void fail(String message) {
      answers.add(new WebhookSendException(message));
    }

    void breakWith(RuntimeException bug) {
      answers.add(bug);
    }

    void answerFor(String url, int status) {
      byUrl.put(url, status);
    }

    @Override
    public int send(String url, String body, Map<String, String> headers)
        throws WebhookSendException {
      sent.add(new Sent(url, body, Map.copyOf(headers)));
      if (byUrl.containsKey(url)) {
        return byUrl.get(url);
      }
      Object answer = answers.poll();
      if (answer == null) {
        throw new AssertionError("no answer scripted for " + url);
      }
      if (answer instanceof WebhookSendException e) {
        throw e;
      }
      if (answer instanceof RuntimeException bug) {
        throw bug;
      }
      return (Integer) answer;
    }
  }
}
