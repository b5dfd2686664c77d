package dev.hppgateway.domain;

import java.time.Instant;

/** The session moved to {@link HppStatus#REFUNDED}. */
public record HppSessionRefunded(HppSessionId sessionId, MerchantId merchantId, Instant occurredAt)
    implements HppSessionEvent {

  @Override
  public HppStatus status() {
    return HppStatus.REFUNDED;
  }
}
