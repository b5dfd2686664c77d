package dev.hppgateway.domain;

import java.time.Instant;

/** The session moved to {@link HppStatus#FAILED}. */
public record HppSessionFailed(HppSessionId sessionId, MerchantId merchantId, Instant occurredAt)
    implements HppSessionEvent {

  @Override
  public HppStatus status() {
    return HppStatus.FAILED;
  }
}
