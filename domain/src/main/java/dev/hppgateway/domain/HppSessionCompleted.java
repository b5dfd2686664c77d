package dev.hppgateway.domain;

import java.time.Instant;

/** The session moved to {@link HppStatus#COMPLETED}. */
public record HppSessionCompleted(HppSessionId sessionId, MerchantId merchantId, Instant occurredAt)
    implements HppSessionEvent {

  @Override
  public HppStatus status() {
    return HppStatus.COMPLETED;
  }
}
