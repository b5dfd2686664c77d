package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paid page's follow-up as its owner sees it: the order still to complete at the provider (its
 * retries, its deadline, the merchant told when it is given up), the authorization token kept only
 * for its lifetime and never taken back once erased, and the order id and token a repeated report
 * adds.
 */
class HppSessionOrderAndTokenTest {
  private static final Instant T0 = TestSessions.T0;
  private static final Duration WINDOW = Duration.ofMinutes(30);

  @Test
  void aFailedOrderIsRetriedWithAGrowingPauseUntilTheWindowCloses() {
    HppSession session = paid("tok");
    Instant t1 = T0.plusSeconds(100);
    session.orderAttemptFailed(WINDOW, "rejected", t1);
    assertThat(session.pendingOrder())
        .isEqualTo(new PendingOrder(t1.plus(WINDOW), 1, t1.plusSeconds(60), "rejected"));
    assertThat(session.updatedAt()).isEqualTo(t1);

    Instant t2 = t1.plusSeconds(60);
    session.orderAttemptFailed(WINDOW, "rejected again", t2);
    assertThat(session.pendingOrder())
        .isEqualTo(new PendingOrder(t1.plus(WINDOW), 2, t2.plusSeconds(120), "rejected again"));
    assertThat(session.updatedAt()).isEqualTo(t2);
  }

  @Test
  void theTokensLifetimeIsTheDeadlineWhenKnown() {
    HppSession session = paid("tok");
    session.authorizationLasts(Duration.ofMinutes(60), T0);
    session.orderAttemptFailed(WINDOW, "rejected", T0.plusSeconds(10));
    assertThat(session.pendingOrder().deadline()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
  }

  @Test
  void anOrderIsGivenUpOnlyAtItsDeadlineAndTheMerchantIsTold() {
    HppSession session = paid("tok");
    assertThat(session.giveUpOrder(T0.plus(Duration.ofDays(1)))).isEmpty();

    Instant failedAt = T0.plusSeconds(10);
    session.orderAttemptFailed(WINDOW, "rejected", failedAt);
    Instant deadline = failedAt.plus(WINDOW);
    assertThat(session.giveUpOrder(deadline.minusMillis(1))).isEmpty();
    assertThat(session.pendingOrder()).isNotNull();
    assertThat(session.authorizationToken()).isEqualTo("tok");

    List<HppSessionEvent> events = session.giveUpOrder(deadline);
    assertThat(events)
        .singleElement()
        .isEqualTo(
            new HppSessionOrderFailed(session.id(), session.merchantId(), "rejected", deadline));
    assertThat(events.get(0).type()).isEqualTo("hpp_session.order_failed");
    assertThat(events.get(0).status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(session.pendingOrder()).isNull();
    assertThat(session.authorizationToken()).isNull();
    assertThat(session.updatedAt()).isEqualTo(deadline);
  }

  @Test
  void aCompletedOrderClearsWhatWasPendingAndErasesTheToken() {
    HppSession session = paid("tok");
    session.authorizationLasts(Duration.ofMinutes(60), T0);
    session.orderAttemptFailed(WINDOW, "rejected", T0.plusSeconds(10));
    Instant done = T0.plusSeconds(70);
    session.orderCompleted("order-7", done);
    assertThat(session.pendingOrder()).isNull();
    assertThat(session.orderId()).isEqualTo("order-7");
    assertThat(session.authorizationToken()).isNull();
    // Erased before its lifetime was over: the token's time ends now.
    assertThat(session.authorizationExpiresAt()).isEqualTo(done);
    assertThat(session.updatedAt()).isEqualTo(done);
  }

  @Test
  void nothingToDoChangesNothing() {
    HppSession session = paid("tok");
    Instant before = session.updatedAt();
    session.orderCompleted(null, T0.plusSeconds(70));
    assertThat(session.authorizationToken()).isEqualTo("tok");
    assertThat(session.updatedAt()).isEqualTo(before);
  }

  @Test
  void aPendingOrderSettledWithoutAnOrderIdKeepsTheToken() {
    HppSession session = paid("tok");
    session.orderAttemptFailed(WINDOW, "rejected", T0.plusSeconds(10));
    Instant done = T0.plusSeconds(70);
    session.orderCompleted(null, done);
    assertThat(session.pendingOrder()).isNull();
    assertThat(session.updatedAt()).isEqualTo(done);
    assertThat(session.authorizationToken()).isEqualTo("tok");
  }

  @Test
  void anOrderPlacedWithoutATokenSetsNoTokenLifetime() {
    HppSession session = paid(null);
    session.orderCompleted("order-7", T0.plusSeconds(70));
    assertThat(session.orderId()).isEqualTo("order-7");
    assertThat(session.authorizationExpiresAt()).isNull();
  }

  @Test
  void aTokenErasedAfterItsLifetimeKeepsItsEnd() {
    HppSession session = paid("tok");
    session.authorizationLasts(Duration.ofMinutes(60), T0);
    Instant end = T0.plus(Duration.ofMinutes(60));
    session.orderCompleted("order-7", end.plusSeconds(5));
    assertThat(session.authorizationToken()).isNull();
    assertThat(session.authorizationExpiresAt()).isEqualTo(end);
  }

  @Test
  void aTokenIsErasedOnceItsLifetimeIsOverNotBefore() {
    HppSession noToken = paid(null);
    assertThat(noToken.eraseExpiredAuthorization(T0.plus(Duration.ofDays(1)))).isFalse();

    HppSession noLifetime = paid("tok");
    assertThat(noLifetime.eraseExpiredAuthorization(T0.plus(Duration.ofDays(1)))).isFalse();
    assertThat(noLifetime.authorizationToken()).isEqualTo("tok");

    HppSession session = paid("tok");
    session.authorizationLasts(Duration.ofMinutes(60), T0);
    Instant end = T0.plus(Duration.ofMinutes(60));
    assertThat(session.eraseExpiredAuthorization(end.minusMillis(1))).isFalse();
    assertThat(session.authorizationToken()).isEqualTo("tok");
    assertThat(session.eraseExpiredAuthorization(end)).isTrue();
    assertThat(session.authorizationToken()).isNull();
    assertThat(session.updatedAt()).isEqualTo(end);
  }

  @Test
  void anErasedTokenIsNeverTakenBackFromALaterReport() {
    HppSession session = TestSessions.waiting();
    session.observe(new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", "tok", null), T0);
    session.authorizationLasts(Duration.ofMinutes(60), T0);
    assertThat(session.eraseExpiredAuthorization(T0.plus(Duration.ofMinutes(60)))).isTrue();

    session.observe(
        new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "tok", null),
        T0.plus(Duration.ofMinutes(61)));
    assertThat(session.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(session.authorizationToken()).isNull();
  }

  @Test
  void aRepeatedStatusWithANewTokenOrOrderIdIsAChange() {
    HppSession session = TestSessions.waiting();
    Instant t1 = T0.plusSeconds(10);
    session.observe(ProviderObservation.of(HppStatus.IN_PROGRESS, "IN_PROGRESS"), t1);

    Instant t2 = t1.plusSeconds(10);
    session.observe(new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", "tok", null), t2);
    assertThat(session.authorizationToken()).isEqualTo("tok");
    assertThat(session.updatedAt()).isEqualTo(t2);

    Instant t3 = t2.plusSeconds(10);
    session.observe(
        new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", "tok", "order-1"), t3);
    assertThat(session.orderId()).isEqualTo("order-1");
    assertThat(session.updatedAt()).isEqualTo(t3);

    // The same again: nothing new, so the page did not change.
    session.observe(
        new ProviderObservation(HppStatus.IN_PROGRESS, "IN_PROGRESS", "tok", "order-1"),
        t3.plusSeconds(10));
    assertThat(session.updatedAt()).isEqualTo(t3);
  }

  @Test
  void anOrderIdRecordedTwiceIsNotAChange() {
    HppSession session = paid("tok");
    Instant t1 = T0.plusSeconds(10);
    assertThat(session.recordOrderId("order-1", t1)).isTrue();
    assertThat(session.orderId()).isEqualTo("order-1");
    assertThat(session.updatedAt()).isEqualTo(t1);
    assertThat(session.recordOrderId("order-1", t1.plusSeconds(10))).isFalse();
    assertThat(session.updatedAt()).isEqualTo(t1);
  }

  @Test
  void aConfirmationMovesTheLastCheckForwardOnly() {
    HppSession session = TestSessions.waiting();
    Instant later = T0.plusSeconds(30);
    session.confirmedAt(later);
    assertThat(session.updatedAt()).isEqualTo(later);
    session.confirmedAt(T0.plusSeconds(5));
    assertThat(session.updatedAt()).isEqualTo(later);
  }

  /** A page paid at {@code T0} with the given authorization token (or none). */
  private static HppSession paid(String token) {
    HppSession session = TestSessions.waiting();
    session.observe(new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", token, null), T0);
    assertThat(session.isFinal()).isTrue();
    return session;
  }
}
