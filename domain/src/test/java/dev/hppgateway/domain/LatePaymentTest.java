package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A payment the provider confirms on a read is recorded whatever the gateway believed: an EXPIRED,
 * DISABLED or CANCELLED page moves to COMPLETED (or REFUNDED through the implied completion), but
 * only on a provider read, never on an unconfirmed report or a merchant command.
 */
class LatePaymentTest {
  private static final Instant T1 = TestSessions.T0.plusSeconds(10);

  /** Each page the gateway ended without a payment, and how it got there. */
  static Stream<Arguments> endedUnpaid() {
    Function<HppSession, List<HppSessionEvent>> expire = s -> s.expireIfDue(s.expiresAt());
    Function<HppSession, List<HppSessionEvent>> disable = s -> s.disable(T1);
    Function<HppSession, List<HppSessionEvent>> cancel =
        s -> s.observe(ProviderObservation.of(HppStatus.CANCELLED, "CANCELLED"), T1);
    return Stream.of(
        Arguments.of(HppStatus.EXPIRED, expire),
        Arguments.of(HppStatus.DISABLED, disable),
        Arguments.of(HppStatus.CANCELLED, cancel));
  }

  private static HppSession ended(
      HppStatus end, Function<HppSession, List<HppSessionEvent>> howItEnded) {
    HppSession session = TestSessions.waiting();
    assertThat(howItEnded.apply(session)).singleElement();
    assertThat(session.status()).isEqualTo(end);
    return session;
  }

  private Instant later(HppSession session) {
    return session.updatedAt().plusSeconds(60);
  }

  @ParameterizedTest(name = "{0} → COMPLETED on a read")
  @MethodSource("endedUnpaid")
  void aReadThatSaysPaidCompletesTheEndedPage(
      HppStatus end, Function<HppSession, List<HppSessionEvent>> howItEnded) {
    HppSession session = ended(end, howItEnded);
    Instant at = later(session);
    List<HppSessionEvent> events =
        session.observeRead(
            new ProviderObservation(HppStatus.COMPLETED, "PAID", "tok-1", "order-1"), at);
    assertThat(events).singleElement().isInstanceOf(HppSessionCompleted.class);
    HppSessionCompleted completed = (HppSessionCompleted) events.get(0);
    assertThat(completed.previousStatus()).isEqualTo(end);
    assertThat(completed.late()).isTrue();
    assertThat(completed.type()).isEqualTo("hpp_session.completed");
    assertThat(session.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(session.rawStatus()).isEqualTo("PAID");
    assertThat(session.authorizationToken()).isEqualTo("tok-1");
    assertThat(session.orderId()).isEqualTo("order-1");
    assertThat(session.updatedAt()).isEqualTo(at);
    assertThat(session.observeRead(ProviderObservation.of(HppStatus.COMPLETED, "PAID"), at))
        .as("a second read is a repeat")
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} → COMPLETED → REFUNDED on a read")
  @MethodSource("endedUnpaid")
  void aReadThatSaysRefundedRecordsTheImpliedCompletionFirst(
      HppStatus end, Function<HppSession, List<HppSessionEvent>> howItEnded) {
    HppSession session = ended(end, howItEnded);
    List<HppSessionEvent> events =
        session.observeRead(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"), later(session));
    assertThat(events)
        .extracting(HppSessionEvent::status)
        .containsExactly(HppStatus.COMPLETED, HppStatus.REFUNDED);
    assertThat(events.get(0).previousStatus()).isEqualTo(end);
    assertThat(session.status()).isEqualTo(HppStatus.REFUNDED);
  }

  @ParameterizedTest(name = "{0} stays without a read")
  @MethodSource("endedUnpaid")
  void anUnconfirmedReportNeverReopensTheEndedPage(
      HppStatus end, Function<HppSession, List<HppSessionEvent>> howItEnded) {
    HppSession session = ended(end, howItEnded);
    HppSessionSnapshot before = session.snapshot();
    assertThat(session.observe(ProviderObservation.of(HppStatus.COMPLETED, "PAID"), later(session)))
        .isEmpty();
    assertThat(session.observe(ProviderObservation.of(HppStatus.REFUNDED, "R"), later(session)))
        .isEmpty();
    assertThat(session.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "no merchant command completes or refunds {0}")
  @MethodSource("endedUnpaid")
  void noMerchantCommandReopensTheEndedPage(
      HppStatus end, Function<HppSession, List<HppSessionEvent>> howItEnded) {
    HppSession session = ended(end, howItEnded);
    assertThatThrownBy(() -> session.requireCanBecome(HppStatus.COMPLETED))
        .isInstanceOf(IllegalHppTransitionException.class);
    assertThatThrownBy(() -> session.requireCanBecome(HppStatus.REFUNDED))
        .isInstanceOf(IllegalHppTransitionException.class);
    assertThat(HppLifecycle.allows(end, HppStatus.COMPLETED)).isFalse();
    assertThat(HppLifecycle.decide(end, HppStatus.COMPLETED))
        .isEqualTo(HppLifecycle.Decision.IGNORE);
    assertThat(HppLifecycle.decideRead(end, HppStatus.COMPLETED))
        .isEqualTo(HppLifecycle.Decision.APPLY);
    assertThat(HppLifecycle.decideRead(end, HppStatus.REFUNDED))
        .isEqualTo(HppLifecycle.Decision.APPLY);
  }

  @ParameterizedTest(name = "on a read, {0} after an unpaid end changes nothing")
  @EnumSource(
      value = HppStatus.class,
      names = {"WAITING", "IN_PROGRESS", "FAILED", "CANCELLED", "DISABLED", "EXPIRED", "UNKNOWN"})
  void aReadOfAnythingButAPaymentLeavesTheEndedPageAlone(HppStatus read) {
    endedUnpaid()
        .forEach(
            args -> {
              HppStatus end = (HppStatus) args.get()[0];
              @SuppressWarnings("unchecked")
              HppSession session =
                  ended(end, (Function<HppSession, List<HppSessionEvent>>) args.get()[1]);
              HppSessionSnapshot before = session.snapshot();
              assertThat(session.observeRead(ProviderObservation.of(read, "X"), later(session)))
                  .as("%s read on %s", read, end)
                  .isEmpty();
              assertThat(session.status()).isEqualTo(end);
              assertThat(session.snapshot()).isEqualTo(before);
            });
  }

  @ParameterizedTest(name = "an ordinary completion from {0} names it")
  @EnumSource(
      value = HppStatus.class,
      names = {"WAITING", "IN_PROGRESS", "FAILED"})
  void anOrdinaryCompletionCarriesItsPreviousStatusAndIsNotLate(HppStatus open) {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(open, open.name()), T1);
    List<HppSessionEvent> events =
        session.observeRead(ProviderObservation.of(HppStatus.COMPLETED, "C"), T1.plusSeconds(1));
    HppSessionCompleted completed = (HppSessionCompleted) events.get(0);
    assertThat(completed.previousStatus()).isEqualTo(open);
    assertThat(completed.late()).isFalse();
  }
}
