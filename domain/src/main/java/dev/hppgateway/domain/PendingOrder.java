package dev.hppgateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The order the gateway still has to complete at the provider for a paid page (Klarna Payments:
 * place the order with the authorization token) after an attempt failed. Retried with a growing
 * backoff, never after {@code deadline} (when the provider's authorization is over); then the
 * merchant is told.
 *
 * @param deadline the last moment an attempt can succeed
 * @param attempts how many attempts failed so far (at least 1)
 * @param nextAttemptAt when to try again (never after the deadline)
 * @param lastError the provider's error of the last attempt; never a secret
 */
public record PendingOrder(
    Instant deadline, int attempts, Instant nextAttemptAt, String lastError) {
  static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
  static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  private static final int MAX_ERROR_LENGTH = 1000;

  public PendingOrder {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (attempts < 1) {
      throw new IllegalArgumentException("a pending order has at least one failed attempt");
    }
    if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
      lastError = lastError.substring(0, MAX_ERROR_LENGTH);
    }
  }

  /** After the first failed attempt. */
  static PendingOrder firstFailure(Instant deadline, String error, Instant now) {
    return new PendingOrder(deadline, 1, next(deadline, 1, now), error);
  }

  /** After one more failed attempt: the wait doubles, up to {@link #MAX_BACKOFF}. */
  PendingOrder failedAgain(String error, Instant now) {
    int failed = attempts + 1;
    return new PendingOrder(deadline, failed, next(deadline, failed, now), error);
  }

  /** Whether the deadline has passed: no attempt can succeed any more. */
  public boolean isOverAt(Instant now) {
    return !now.isBefore(deadline);
  }

  private static Instant next(Instant deadline, int failed, Instant now) {
    Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failed - 1, 10));
    if (wait.compareTo(MAX_BACKOFF) > 0) {
      wait = MAX_BACKOFF;
    }
    Instant next = now.plus(wait);
    return next.isAfter(deadline) ? deadline : next;
  }
}
