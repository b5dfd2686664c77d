package dev.hppgateway.domain;

import java.time.Instant;

/**
 * Part of a paid page's amount was refunded; the page stays {@link HppStatus#COMPLETED} until its
 * refunds reach the amount (then {@link HppSessionRefunded} follows instead).
 *
 * @param refundAmount this refund
 * @param refundedAmount every refund of the page so far, this one included
 */
public record HppSessionPartiallyRefunded(
    HppSessionId sessionId,
    MerchantId merchantId,
    Instant occurredAt,
    Money refundAmount,
    Money refundedAmount)
    implements HppSessionEvent {

  @Override
  public HppStatus status() {
    return HppStatus.COMPLETED;
  }

  @Override
  public String type() {
    return "hpp_session.partially_refunded";
  }
}
