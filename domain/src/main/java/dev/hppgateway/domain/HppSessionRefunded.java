package dev.hppgateway.domain;

import java.time.Instant;

/**
 * The session moved to {@link HppStatus#REFUNDED}: its refunds reached its amount.
 *
 * @param refundAmount the refund that completed it, when the gateway made it; null when the
 *     provider reported the page refunded
 */
public record HppSessionRefunded(
    HppSessionId sessionId, MerchantId merchantId, Instant occurredAt, Money refundAmount)
    implements HppSessionEvent {

  /** A refund the provider reported, of no amount the gateway knows. */
  public HppSessionRefunded(HppSessionId sessionId, MerchantId merchantId, Instant occurredAt) {
    this(sessionId, merchantId, occurredAt, null);
  }

  @Override
  public HppStatus status() {
    return HppStatus.REFUNDED;
  }
}
