package dev.hppgateway.application.port.out.provider;

import java.util.Objects;

/**
 * Cancel an unpaid payment or refund a paid one. Providers like Optty decide which from the
 * payment's state; {@code expected} says what the merchant asked for, so the gateway can refuse a
 * refund of an unpaid page before calling anyone.
 *
 * @param reference an idempotency reference for the provider (same request, same reference)
 */
public record RefundOrCancelRequest(Kind expected, String reference, String reason) {

  /** What the merchant asked for. */
  public enum Kind {
    CANCEL,
    REFUND
  }

  public RefundOrCancelRequest {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(reference, "reference");
  }
}
