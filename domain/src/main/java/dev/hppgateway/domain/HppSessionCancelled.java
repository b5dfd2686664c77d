package dev.hppgateway.domain;

import java.time.Instant;

/** The session moved to {@link HppStatus#CANCELLED}. */
public record HppSessionCancelled(HppSessionId sessionId, MerchantId merchantId, Instant occurredAt)
    implements HppSessionEvent {

  @Override
  public HppStatus status() {
    return HppStatus.CANCELLED;
  }
}
