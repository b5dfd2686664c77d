package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partial and full refunds of a paid page: the arithmetic, the checks and the events. */
class HppSessionRefundTest {
  private final Instant t1 = TestSessions.T0.plusSeconds(10);
  private final Instant t2 = TestSessions.T0.plusSeconds(20);

  private static HppSession paid() {
    HppSession session = TestSessions.waiting();
    session.observe(ProviderObservation.of(HppStatus.COMPLETED, "COMPLETED"), TestSessions.T0);
    return session;
  }

  @Test
  void aPaidPageHasNothingRefundedAndItsWholeAmountRefundable() {
    HppSession session = paid();
    assertThat(session.refundedAmount()).isEqualTo(Money.of(0, "SEK"));
    assertThat(session.refundableAmount()).isEqualTo(Money.of(20_000, "SEK"));
    assertThat(session.refundCount()).isZero();
  }

  @Test
  void noAmountPlansARefundOfWhatRemainsWithTheFirstReference() {
    HppSession.RefundPlan plan = paid().planRefund(null);
    assertThat(plan.amount()).isEqualTo(Money.of(20_000, "SEK"));
    assertThat(plan.number()).isEqualTo(1);
    assertThat(plan.reference()).isEqualTo("hpp_1-r1");
  }

  @Test
  void aPartialRefundKeepsThePageCompletedAndEmitsAPartialRefund() {
    HppSession session = paid();
    HppSession.RefundPlan plan = session.planRefund(Money.of(500, "SEK"));
    List<HppSessionEvent> events = session.recordRefund(plan, t1);

    assertThat(session.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(session.refundedAmount()).isEqualTo(Money.of(500, "SEK"));
    assertThat(session.refundableAmount()).isEqualTo(Money.of(19_500, "SEK"));
    assertThat(session.refundCount()).isEqualTo(1);
    assertThat(session.updatedAt()).isEqualTo(t1);
    assertThat(events).singleElement().isInstanceOf(HppSessionPartiallyRefunded.class);
    HppSessionPartiallyRefunded event = (HppSessionPartiallyRefunded) events.get(0);
    assertThat(event.type()).isEqualTo("hpp_session.partially_refunded");
    assertThat(event.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(event.refundAmount()).isEqualTo(Money.of(500, "SEK"));
    assertThat(event.refundedAmount()).isEqualTo(Money.of(500, "SEK"));
  }

  @Test
  void theRefundThatReachesTheAmountMakesThePageRefunded() {
    HppSession session = paid();
    session.recordRefund(session.planRefund(Money.of(500, "SEK")), t1);
    HppSession.RefundPlan rest = session.planRefund(null);
    assertThat(rest.amount()).isEqualTo(Money.of(19_500, "SEK"));
    assertThat(rest.reference()).isEqualTo("hpp_1-r2");

    List<HppSessionEvent> events = session.recordRefund(rest, t2);

    assertThat(session.status()).isEqualTo(HppStatus.REFUNDED);
    assertThat(session.refundedAmount()).isEqualTo(Money.of(20_000, "SEK"));
    assertThat(session.refundableAmount()).isEqualTo(Money.of(0, "SEK"));
    assertThat(session.refundCount()).isEqualTo(2);
    assertThat(events).singleElement().isInstanceOf(HppSessionRefunded.class);
    assertThat(((HppSessionRefunded) events.get(0)).refundAmount())
        .isEqualTo(Money.of(19_500, "SEK"));
  }

  @Test
  void recordingTheSameRefundAgainChangesNothing() {
    HppSession session = paid();
    HppSession.RefundPlan plan = session.planRefund(Money.of(500, "SEK"));
    session.recordRefund(plan, t1);

    assertThat(session.recordRefund(plan, t2)).isEmpty();
    assertThat(session.refundedAmount()).isEqualTo(Money.of(500, "SEK"));
    assertThat(session.refundCount()).isEqualTo(1);
    assertThat(session.updatedAt()).isEqualTo(t1);
  }

  @Test
  void aRefundOverWhatRemainsIsRefusedNamingTheRefundableAmount() {
    HppSession session = paid();
    session.recordRefund(session.planRefund(Money.of(500, "SEK")), t1);

    assertThatThrownBy(() -> session.planRefund(Money.of(19_501, "SEK")))
        .isInstanceOfSatisfying(
            RefundExceedsRefundableException.class,
            e -> {
              assertThat(e.field()).isEqualTo("amount");
              assertThat(e.refundable()).isEqualTo(Money.of(19_500, "SEK"));
              assertThat(e.reason()).isEqualTo("exceeds the refundable 19500");
            });
    assertThat(session.refundedAmount()).isEqualTo(Money.of(500, "SEK"));
  }

  @Test
  void aRefundOfAnotherCurrencyIsAFieldError() {
    assertThatThrownBy(() -> paid().planRefund(Money.of(500, "EUR")))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("currency");
              assertThat(e.reason()).contains("SEK");
            });
  }

  @Test
  void aZeroOrNegativeRefundIsAFieldError() {
    HppSession session = paid();
    for (long minor : new long[] {0, -1, Long.MIN_VALUE}) {
      assertThatThrownBy(() -> session.planRefund(Money.of(minor, "SEK")))
          .isInstanceOfSatisfying(
              DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }
  }

  @Test
  void anUnpaidPageCannotBeRefunded() {
    HppSession session = TestSessions.waiting();
    assertThatThrownBy(() -> session.planRefund(Money.of(500, "SEK")))
        .isInstanceOf(IllegalHppTransitionException.class);
    assertThatThrownBy(() -> session.planRefund(null))
        .isInstanceOf(IllegalHppTransitionException.class);
  }

  @Test
  void aRefundedPageHasNothingLeftToRefund() {
    HppSession session = paid();
    session.observe(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"), t1);

    assertThat(session.refundedAmount()).isEqualTo(Money.of(20_000, "SEK"));
    assertThatThrownBy(() -> session.planRefund(Money.of(1, "SEK")))
        .isInstanceOfSatisfying(
            RefundExceedsRefundableException.class,
            e -> assertThat(e.refundable()).isEqualTo(Money.of(0, "SEK")));
  }

  @Test
  void aPlanMadeBeforeThePageWasRefundedElsewhereRecordsNothing() {
    HppSession session = paid();
    HppSession.RefundPlan plan = session.planRefund(Money.of(500, "SEK"));
    session.observe(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"), t1);

    assertThat(session.recordRefund(plan, t2)).isEmpty();
    assertThat(session.refundedAmount()).isEqualTo(Money.of(20_000, "SEK"));
  }

  @Test
  void aHugeRequestAfterAPartialRefundIsRefusedNotWrappedAround() {
    // refunded + requested would wrap around to a negative number in plain long arithmetic.
    HppSession session = paid();
    session.recordRefund(session.planRefund(Money.of(500, "SEK")), t1);

    assertThatThrownBy(() -> session.planRefund(Money.of(Long.MAX_VALUE, "SEK")))
        .isInstanceOf(RefundExceedsRefundableException.class);
    assertThatThrownBy(() -> session.planRefund(Money.of(Long.MAX_VALUE - 499, "SEK")))
        .isInstanceOf(RefundExceedsRefundableException.class);
    assertThat(session.refundedAmount()).isEqualTo(Money.of(500, "SEK"));
  }

  @Test
  void aPlanLargerThanWhatRemainsIsNeverRecorded() {
    HppSession session = paid();
    HppSession.RefundPlan whole = session.planRefund(null);
    HppSession other = paid();
    other.recordRefund(other.planRefund(Money.of(1, "SEK")), t1);

    // Another writer recorded refund 1 first: the same number is that refund, not this one.
    assertThat(other.recordRefund(whole, t2)).isEmpty();
    assertThat(other.refundedAmount()).isEqualTo(Money.of(1, "SEK"));
  }

  @Test
  void theRefundedTotalSurvivesASnapshot() {
    HppSession session = paid();
    session.recordRefund(session.planRefund(Money.of(700, "SEK")), t1);

    HppSession copy = HppSession.rehydrate(session.snapshot());

    assertThat(copy.refundedAmount()).isEqualTo(Money.of(700, "SEK"));
    assertThat(copy.refundCount()).isEqualTo(1);
    assertThat(copy.snapshot()).isEqualTo(session.snapshot());
  }

  @Test
  void aSnapshotRefundingMoreThanTheAmountOrInAnotherCurrencyIsRejected() {
    HppSessionSnapshot s = paid().snapshot();
    assertThatThrownBy(() -> HppSession.rehydrate(withRefunds(s, Money.of(20_001, "SEK"), 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HppSession.rehydrate(withRefunds(s, Money.of(-1, "SEK"), 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HppSession.rehydrate(withRefunds(s, Money.of(5, "EUR"), 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HppSession.rehydrate(withRefunds(s, Money.of(5, "SEK"), -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static HppSessionSnapshot withRefunds(HppSessionSnapshot s, Money refunded, int count) {
    return new HppSessionSnapshot(
        s.id(),
        s.merchantId(),
        s.providerId(),
        s.merchantReference(),
        s.order(),
        s.merchantUrls(),
        s.options(),
        s.shopper(),
        s.status(),
        s.rawStatus(),
        s.providerRefs(),
        s.links(),
        s.expiresAt(),
        s.authorizationToken(),
        s.orderId(),
        s.authorizationExpiresAt(),
        s.pendingOrder(),
        s.callbackSecretHash(),
        s.createdAt(),
        s.updatedAt(),
        s.version(),
        s.providerPaymentRefs(),
        s.nextCheckAt(),
        s.checkAttempts(),
        refunded,
        count);
  }

  @Test
  void aRefundIsRecordedOnlyOnAPaidPageAndForNoMoreThanIsRefundable() {
    HppSession unpaid = TestSessions.waiting();
    HppSession.RefundPlan plan = new HppSession.RefundPlan(1, Money.of(500, "SEK"), "hpp_1-r1");
    assertThatThrownBy(() -> unpaid.recordRefund(plan, t1))
        .isInstanceOfSatisfying(
            IllegalHppTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(HppStatus.WAITING);
              assertThat(e.to()).isEqualTo(HppStatus.REFUNDED);
            });
    assertThat(unpaid.refundedAmount()).isEqualTo(Money.of(0, "SEK"));

    HppSession session = paid();
    HppSession.RefundPlan tooMuch =
        new HppSession.RefundPlan(1, Money.of(20_001, "SEK"), "hpp_1-r1");
    assertThatThrownBy(() -> session.recordRefund(tooMuch, t1))
        .isInstanceOf(RefundExceedsRefundableException.class);
    assertThat(session.refundedAmount()).isEqualTo(Money.of(0, "SEK"));
    assertThat(session.status()).isEqualTo(HppStatus.COMPLETED);
  }
}
