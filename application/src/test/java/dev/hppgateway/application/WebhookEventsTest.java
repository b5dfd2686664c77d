package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static dev.hppgateway.application.fixtures.TestHppSessions.NOW;
import static dev.hppgateway.application.fixtures.TestHppSessions.OTHER_MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.adapter.inmemory.InMemoryIdempotencyStore;
import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.MutableClock;
import dev.hppgateway.application.port.in.HousekeepingReport;
import dev.hppgateway.application.port.in.WebhookDeliveryStatus;
import dev.hppgateway.application.port.in.WebhookEvent;
import dev.hppgateway.application.port.in.WebhookEventNotFoundException;
import dev.hppgateway.application.port.in.WebhookEventPage;
import dev.hppgateway.application.port.in.WebhookEventQuery;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.service.GatewaySettings;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merchant's webhook events: listed without payloads, redelivered, and housekept. */
class WebhookEventsTest {
  private static final Duration LEASE = Duration.ofMinutes(1);
  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
  private final HppGateway gateway =
      HppGateway.builder()
          .provider(InMemoryPaymentProvider.minimal("basic-pay"))
          .settings(
              GatewaySettings.of("https://gw.example").withHousekeeping(Duration.ofDays(30), 2))
          .outbox(outbox)
          .idempotency(keys)
          .clock(clock)
          .build();

  @Test
  void anEventListsWithItsDeliveryButNotItsPayload() {
    outbox.append(List.of(message(MERCHANT, "evt_1", "hpp_1", 1)));

    WebhookEventPage page = list(MERCHANT, null);

    assertThat(page.hasMore()).isFalse();
    assertThat(page.events())
        .containsExactly(
            new WebhookEvent(
                "evt_1",
                MERCHANT,
                HppSessionId.of("hpp_1"),
                1,
                "hpp_session.updated",
                WebhookDeliveryStatus.PENDING,
                0,
                NOW,
                null,
                NOW));
    assertThat(WebhookEvent.class.getRecordComponents())
        .extracting(c -> c.getName())
        .doesNotContain("payload", "data");
    assertThat(list(OTHER_MERCHANT, null).events()).isEmpty();
  }

  @Test
  void theDeliveryStatusFollowsTheAttempts() {
    outbox.append(
        List.of(
            message(MERCHANT, "evt_ok", "hpp_1", 1),
            message(MERCHANT, "evt_retry", "hpp_2", 1),
            message(MERCHANT, "evt_dead", "hpp_3", 1)));
    for (OutboxMessage m : outbox.claimDue(NOW, 10, LEASE)) {
      switch (m.eventId()) {
        case "evt_ok" -> outbox.markDelivered(m.eventId(), m.claimToken(), NOW.plusSeconds(1));
        case "evt_retry" ->
            outbox.markFailed(m.eventId(), m.claimToken(), "HTTP 503", NOW.plusSeconds(60));
        default -> outbox.markFailed(m.eventId(), m.claimToken(), "HTTP 500", null);
      }
    }

    assertThat(list(MERCHANT, null).events())
        .extracting(
            WebhookEvent::id,
            WebhookEvent::deliveryStatus,
            WebhookEvent::attempts,
            WebhookEvent::nextAttemptAt,
            WebhookEvent::lastError)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "evt_ok", WebhookDeliveryStatus.DELIVERED, 1, null, null),
            org.assertj.core.groups.Tuple.tuple(
                "evt_retry", WebhookDeliveryStatus.FAILED, 1, NOW.plusSeconds(60), "HTTP 503"),
            org.assertj.core.groups.Tuple.tuple(
                "evt_dead", WebhookDeliveryStatus.DEAD, 1, null, "HTTP 500"));
    assertThat(list(MERCHANT, WebhookDeliveryStatus.DEAD).events())
        .extracting(WebhookEvent::id)
        .containsExactly("evt_dead");
  }

  @Test
  void aDeadEventRedeliveredIsDueNowWithItsAttemptsKept() {
    outbox.append(List.of(message(MERCHANT, "evt_dead", "hpp_1", 1)));
    OutboxMessage claimed = outbox.claimDue(NOW, 10, LEASE).get(0);
    outbox.markFailed("evt_dead", claimed.claimToken(), "HTTP 500", null);
    clock.advance(Duration.ofDays(3));

    WebhookEvent again = gateway.redeliverWebhookEvent().redeliver(MERCHANT, "evt_dead");

    assertThat(again.deliveryStatus())
        .as("pending again, with the error of its last failed attempt")
        .isEqualTo(WebhookDeliveryStatus.FAILED);
    assertThat(again.nextAttemptAt()).isEqualTo(clock.instant());
    assertThat(again.attempts()).isEqualTo(1);
    assertThat(outbox.claimDue(clock.instant(), 10, LEASE))
        .extracting(OutboxMessage::eventId)
        .containsExactly("evt_dead");
  }

  @Test
  void anotherMerchantsOrAnUnknownEventIsNotFoundAndStaysAsItWas() {
    outbox.append(List.of(message(MERCHANT, "evt_mine", "hpp_1", 1)));
    OutboxMessage claimed = outbox.claimDue(NOW, 10, LEASE).get(0);
    outbox.markDelivered("evt_mine", claimed.claimToken(), NOW);
    List<OutboxMessage> before = outbox.all();

    assertThatThrownBy(() -> gateway.redeliverWebhookEvent().redeliver(OTHER_MERCHANT, "evt_mine"))
        .isInstanceOf(WebhookEventNotFoundException.class)
        .hasMessageContaining("evt_mine");
    assertThatThrownBy(() -> gateway.redeliverWebhookEvent().redeliver(MERCHANT, "evt_none"))
        .isInstanceOf(WebhookEventNotFoundException.class);

    assertThat(outbox.all()).isEqualTo(before);
    assertThat(outbox.all().get(0).state()).isEqualTo(OutboxState.DELIVERED);
  }

  @Test
  void housekeepingDeletesEverythingPastItsRetentionBatchAfterBatch() {
    // five pages with a delivered first event and a pending second one; one fresh page
    for (int i = 0; i < 5; i++) {
      outbox.append(
          List.of(
              message(MERCHANT, "evt_a" + i, "hpp_" + i, 1),
              message(MERCHANT, "evt_b" + i, "hpp_" + i, 2)));
    }
    for (OutboxMessage m : outbox.claimDue(NOW, 100, LEASE)) {
      outbox.markDelivered(m.eventId(), m.claimToken(), NOW);
    }
    for (int i = 0; i < 3; i++) {
      keys.claim(MERCHANT, "key-" + i, "owner", "hash", NOW, NOW.plus(Duration.ofHours(24)));
    }
    keys.claim(MERCHANT, "key-late", "owner", "hash", NOW, NOW.plus(Duration.ofDays(40)));

    clock.advance(Duration.ofDays(29));
    assertThat(gateway.housekeeping().run())
        .as("delivered 29 days ago: kept; the 24 h keys are gone")
        .isEqualTo(new HousekeepingReport(0, 3));

    clock.advance(Duration.ofDays(2));
    assertThat(gateway.housekeeping().run())
        .as("five events, in batches of two")
        .isEqualTo(new HousekeepingReport(5, 0));
    assertThat(outbox.all())
        .extracting(OutboxMessage::eventId)
        .containsExactlyInAnyOrder("evt_b0", "evt_b1", "evt_b2", "evt_b3", "evt_b4");
    assertThat(keys.claim(MERCHANT, "key-late", "other", "other-hash", clock.instant(), NOW))
        .isInstanceOf(IdempotencyClaim.Mismatch.class);
  }

  private WebhookEventPage list(MerchantId merchant, WebhookDeliveryStatus status) {
    return gateway
        .listWebhookEvents()
        .list(new WebhookEventQuery(merchant, null, status, null, 10, null));
  }

  private static OutboxMessage message(
      MerchantId merchant, String eventId, String sessionId, long sequence) {
    return OutboxMessage.pending(
        eventId,
        merchant,
        HppSessionId.of(sessionId),
        sequence,
        "hpp_session.updated",
        "{\"authorization_token\":\"secret\"}",
        Instant.from(NOW));
  }
}
