package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingOrderTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void theWaitDoublesUpToTenMinutesAndNeverPassesTheDeadline() {
    Instant deadline = NOW.plus(Duration.ofMinutes(60));
    PendingOrder first = PendingOrder.firstFailure(deadline, "503", NOW);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
    PendingOrder second = first.failedAgain("503", NOW);
    assertThat(second.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
    PendingOrder later = second;
    for (int i = 0; i < 20; i++) {
      later = later.failedAgain("503", NOW);
    }
    assertThat(later.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    assertThat(later.failedAgain("409", deadline.minusSeconds(30)).nextAttemptAt())
        .isEqualTo(deadline);
    assertThat(later.isOverAt(deadline.minusNanos(1))).isFalse();
    assertThat(later.isOverAt(deadline)).isTrue();
  }

  @Test
  void anErasedTokenIsNeverTakenBackAndAPlacedOrderErasesIt() {
    HppSession session = TestSessions.waiting();
    session.observe(new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "tok-1", null), NOW);
    session.authorizationLasts(Duration.ofMinutes(60), NOW);
    assertThat(session.authorizationExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));

    session.orderCompleted("order-1", NOW.plusSeconds(10));
    assertThat(session.authorizationToken()).isNull();
    session.observe(
        new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "tok-1", null),
        NOW.plusSeconds(20));
    assertThat(session.authorizationToken()).isNull();
    assertThat(session.orderId()).isEqualTo("order-1");
  }

  @Test
  void aPendingOrderHasAFailedAttemptAndKeepsAtMost1000CharactersOfTheError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PendingOrder(NOW, 0, NOW, "503"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one failed attempt");
    assertThat(new PendingOrder(NOW, 1, NOW, "e".repeat(1000)).lastError()).hasSize(1000);
    assertThat(new PendingOrder(NOW, 1, NOW, "e".repeat(1001)).lastError())
        .isEqualTo("e".repeat(1000));
    assertThat(new PendingOrder(NOW, 1, NOW, null).lastError()).isNull();
  }
}
