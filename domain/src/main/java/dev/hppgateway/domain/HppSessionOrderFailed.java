package dev.hppgateway.domain;

import java.time.Instant;

/**
 * The gateway could not complete the paid page's order at the provider before the provider's
 * authorization ran out. The page stays {@link HppStatus#COMPLETED}: the shopper paid.
 *
 * @param providerError the provider's error on the last attempt (never a secret), or null
 */
public record HppSessionOrderFailed(
    HppSessionId sessionId, MerchantId merchantId, String providerError, Instant occurredAt)
    implements HppSessionEvent {

  @Override
  public HppStatus status() {
    return HppStatus.COMPLETED;
  }

  @Override
  public String type() {
    return "hpp_session.order_failed";
  }
}
