package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static dev.hppgateway.application.fixtures.TestHppSessions.OTHER_MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.hppgateway.adapter.inmemory.InMemoryHppSessionTimeline;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.HppSessionNotFoundException;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.application.port.in.RefundOrCancelCommand;
import dev.hppgateway.application.port.in.RefundOrCancelCommand.Kind;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionTimelineEntry;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page's timeline: its creation and every change, each with the source that made it (the
 * merchant's request, a provider callback, the sweep) and the provider's status it was saved with.
 */
class HppSessionTimelineTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");
  private final GatewayTestBed bed = new GatewayTestBed();

  private List<HppSessionTimelineEntry> timeline(HppSession session) {
    return bed.gateway.getHppSessionEvents().events(MERCHANT, session.id());
  }

  private CallbackOutcome callback(HppSession session, String status) {
    String ref = session.providerRefs().hppSessionId();
    return bed.gateway
        .handleProviderCallback()
        .handle(
            new ReceivedCallback(
                "/gw" + CallbackUrl.forPage(PAY, session.id(), bed.callbackSecret(session)).path(),
                null,
                Map.of(),
                "e-" + status + " " + ref + " " + status));
  }

  @Test
  void aCreatedPageHasOneWaitingEntryFromTheApi() {
    HppSession session = bed.create();

    assertThat(timeline(session))
        .containsExactly(
            new HppSessionTimelineEntry(
                session.id(),
                MERCHANT,
                1,
                "hpp_session.created",
                null,
                HppStatus.WAITING,
                "WAITING",
                HppChangeSource.API,
                TestHppSessions.NOW));
  }

  @Test
  void aCallbacksChangeIsFromTheCallbackWithTheProvidersOwnStatus() {
    HppSession session = bed.create();
    bed.pay.shopper(
        session.providerRefs().hppSessionId(),
        new ProviderObservation(HppStatus.COMPLETED, "checkout_complete", null, null));
    bed.clock.advance(Duration.ofSeconds(30));

    assertThat(callback(session, "COMPLETED")).isEqualTo(CallbackOutcome.APPLIED);

    assertThat(timeline(session))
        .extracting(
            HppSessionTimelineEntry::sequence,
            HppSessionTimelineEntry::type,
            HppSessionTimelineEntry::previousStatus,
            HppSessionTimelineEntry::status,
            HppSessionTimelineEntry::providerStatus,
            HppSessionTimelineEntry::source)
        .containsExactly(
            tuple(
                1L, "hpp_session.created", null, HppStatus.WAITING, "WAITING", HppChangeSource.API),
            tuple(
                2L,
                "hpp_session.completed",
                HppStatus.WAITING,
                HppStatus.COMPLETED,
                "checkout_complete",
                HppChangeSource.CALLBACK));
    assertThat(timeline(session).get(1).occurredAt())
        .isEqualTo(TestHppSessions.NOW.plusSeconds(30));
  }

  @Test
  void twoEventsOfOneChangeChainTheirStatusesAndMatchTheWebhooksSequence() {
    HppSession session = bed.create();
    // A refund seen on an open page records the missed completion too: two events in one save.
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.REFUNDED);

    assertThat(callback(session, "REFUNDED")).isEqualTo(CallbackOutcome.APPLIED);

    List<HppSessionTimelineEntry> entries = timeline(session);
    assertThat(entries)
        .extracting(
            HppSessionTimelineEntry::previousStatus,
            HppSessionTimelineEntry::status,
            HppSessionTimelineEntry::source)
        .containsExactly(
            tuple(null, HppStatus.WAITING, HppChangeSource.API),
            tuple(HppStatus.WAITING, HppStatus.COMPLETED, HppChangeSource.CALLBACK),
            tuple(HppStatus.COMPLETED, HppStatus.REFUNDED, HppChangeSource.CALLBACK));
    assertThat(entries)
        .extracting(HppSessionTimelineEntry::sequence, HppSessionTimelineEntry::type)
        .containsExactlyElementsOf(
            bed.outbox.all().stream().map(m -> tuple(m.sequence(), m.type())).toList());
  }

  @Test
  void aCallbackThatChangesNothingAddsNothing() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.WAITING);

    callback(session, "COMPLETED");

    assertThat(timeline(session)).hasSize(1);
  }

  @Test
  void disablingIsFromTheApi() {
    HppSession session = bed.create();
    bed.clock.advance(Duration.ofMinutes(1));

    bed.gateway.disableHppSession().disable(MERCHANT, session.id());

    HppSessionTimelineEntry last = timeline(session).get(1);
    assertThat(last.type()).isEqualTo("hpp_session.disabled");
    assertThat(last.previousStatus()).isEqualTo(HppStatus.WAITING);
    assertThat(last.status()).isEqualTo(HppStatus.DISABLED);
    assertThat(last.source()).isEqualTo(HppChangeSource.API);
    assertThat(last.occurredAt()).isEqualTo(TestHppSessions.NOW.plusSeconds(60));
    assertThat(timeline(session)).hasSize(2);
  }

  @Test
  void aCancelAndTheReadThatFollowsItUpAreFromTheApi() {
    HppSession cancelled = bed.create();
    bed.gateway
        .refundOrCancelHppSession()
        .refundOrCancel(new RefundOrCancelCommand(MERCHANT, cancelled.id(), Kind.CANCEL, null));
    // The shopper paid before the cancel: the provider refunds, the gateway reads it back.
    HppSession refunded = bed.create();
    bed.pay.shopper(refunded.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    bed.gateway
        .refundOrCancelHppSession()
        .refundOrCancel(new RefundOrCancelCommand(MERCHANT, refunded.id(), Kind.CANCEL, null));

    assertThat(timeline(cancelled))
        .extracting(HppSessionTimelineEntry::status, HppSessionTimelineEntry::source)
        .containsExactly(
            tuple(HppStatus.WAITING, HppChangeSource.API),
            tuple(HppStatus.CANCELLED, HppChangeSource.API));
    assertThat(timeline(refunded))
        .extracting(HppSessionTimelineEntry::status, HppSessionTimelineEntry::source)
        .containsExactly(
            tuple(HppStatus.WAITING, HppChangeSource.API),
            tuple(HppStatus.COMPLETED, HppChangeSource.API),
            tuple(HppStatus.REFUNDED, HppChangeSource.API));
  }

  @Test
  void aRefundIsFromTheApi() {
    HppSession session = bed.create();
    bed.pay.shopper(session.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    callback(session, "COMPLETED");

    bed.gateway
        .refundOrCancelHppSession()
        .refundOrCancel(new RefundOrCancelCommand(MERCHANT, session.id(), Kind.REFUND, "damaged"));

    assertThat(timeline(session))
        .extracting(HppSessionTimelineEntry::status, HppSessionTimelineEntry::source)
        .containsExactly(
            tuple(HppStatus.WAITING, HppChangeSource.API),
            tuple(HppStatus.COMPLETED, HppChangeSource.CALLBACK),
            tuple(HppStatus.REFUNDED, HppChangeSource.API));
  }

  @Test
  void theSweepsExpiryAndReconciliationAreFromTheSweep() {
    HppSession overdue = bed.create();
    bed.clock.advance(Duration.ofMinutes(20));
    HppSession quiet = bed.create();
    // The shopper paid; the callback got lost. The sweep finds it once the page is quiet.
    bed.pay.shopper(quiet.providerRefs().hppSessionId(), HppStatus.COMPLETED);
    bed.clock.advance(InMemoryPaymentProvider.PAGE_LIFETIME.minusMinutes(10));

    bed.gateway.sweepHppSessions().sweep(10);

    assertThat(timeline(overdue))
        .extracting(HppSessionTimelineEntry::status, HppSessionTimelineEntry::source)
        .containsExactly(
            tuple(HppStatus.WAITING, HppChangeSource.API),
            tuple(HppStatus.EXPIRED, HppChangeSource.SWEEP));
    assertThat(timeline(quiet))
        .extracting(HppSessionTimelineEntry::status, HppSessionTimelineEntry::source)
        .containsExactly(
            tuple(HppStatus.WAITING, HppChangeSource.API),
            tuple(HppStatus.COMPLETED, HppChangeSource.SWEEP));
  }

  @Test
  void anOrderTheSweepGaveUpOnIsFromTheSweepAndLeavesThePageCompleted() {
    bed.pay.placesOrder("order-9");
    for (int i = 0; i < 100; i++) {
      bed.pay.failNext(
          "afterCompleted",
          () -> new ProviderRejectedException(PAY, 409, "NOT_ALLOWED", List.of("no"), null));
    }
    HppSession session = bed.create();
    bed.pay.shopper(
        session.providerRefs().hppSessionId(),
        new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "tok-1", null));
    callback(session, "COMPLETED");

    for (int minute = 0; minute <= 70; minute++) {
      bed.clock.advance(Duration.ofMinutes(1));
      bed.gateway.sweepHppSessions().sweep(10);
    }

    assertThat(timeline(session))
        .extracting(
            HppSessionTimelineEntry::type,
            HppSessionTimelineEntry::previousStatus,
            HppSessionTimelineEntry::status,
            HppSessionTimelineEntry::source)
        .containsExactly(
            tuple("hpp_session.created", null, HppStatus.WAITING, HppChangeSource.API),
            tuple(
                "hpp_session.completed",
                HppStatus.WAITING,
                HppStatus.COMPLETED,
                HppChangeSource.CALLBACK),
            tuple(
                "hpp_session.order_failed",
                HppStatus.COMPLETED,
                HppStatus.COMPLETED,
                HppChangeSource.SWEEP));
  }

  @Test
  void aChangeRetriedAfterAnotherWriterSavedFirstIsInTheTimelineOnce() {
    GatewayTestBed racing = new GatewayTestBed(new ConcurrentUpdateTest.LosesFirstRace());
    HppSession session = racing.create();

    racing.gateway.disableHppSession().disable(MERCHANT, session.id());

    assertThat(racing.gateway.getHppSessionEvents().events(MERCHANT, session.id()))
        .extracting(
            HppSessionTimelineEntry::sequence,
            HppSessionTimelineEntry::previousStatus,
            HppSessionTimelineEntry::status,
            HppSessionTimelineEntry::source)
        .containsExactly(
            tuple(1L, null, HppStatus.WAITING, HppChangeSource.API),
            tuple(2L, HppStatus.WAITING, HppStatus.DISABLED, HppChangeSource.API));
  }

  @Test
  void anotherMerchantsPageAndAnUnknownPageAreNotFound() {
    HppSession session = bed.create();

    assertThatThrownBy(() -> bed.gateway.getHppSessionEvents().events(OTHER_MERCHANT, session.id()))
        .isInstanceOf(HppSessionNotFoundException.class);
    assertThatThrownBy(
            () -> bed.gateway.getHppSessionEvents().events(MERCHANT, HppSessionId.of("hpp_nope")))
        .isInstanceOf(HppSessionNotFoundException.class);
  }

  @Test
  void aTimelineThatCannotBeWrittenFailsTheChangeInsteadOfLosingTheEntry() {
    InMemoryHppSessionTimeline kept = new InMemoryHppSessionTimeline();
    HppSessionTimeline broken =
        new HppSessionTimeline() {
          @Override
          public void append(List<HppSessionTimelineEntry> entries) {
            throw new IllegalStateException("timeline store down");
          }

          @Override
          public long lastSequence(HppSessionId session) {
            return kept.lastSequence(session);
          }

          @Override
          public List<HppSessionTimelineEntry> list(HppSessionId session) {
            return kept.list(session);
          }
        };
    HppGateway gateway =
        HppGateway.builder()
            .provider(InMemoryPaymentProvider.fullyCapable("fake-pay"))
            .timeline(broken)
            .build();

    assertThatThrownBy(() -> gateway.createHppSession().create(bed.command("fake-pay")))
        .hasMessage("timeline store down");
  }
}
