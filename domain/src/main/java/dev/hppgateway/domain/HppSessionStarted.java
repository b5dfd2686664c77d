package dev.hppgateway.domain;

import java.time.Instant;

/** The session moved to {@link HppStatus#IN_PROGRESS}. */
public record HppSessionStarted(HppSessionId sessionId, MerchantId merchantId, Instant occurredAt)
    implements HppSessionEvent {

  @Override
  public HppStatus status() {
    return HppStatus.IN_PROGRESS;
  }
}
