package dev.hppgateway.domain;

import java.time.Instant;

/** The session moved to {@link HppStatus#DISABLED}. */
public record HppSessionDisabled(HppSessionId sessionId, MerchantId merchantId, Instant occurredAt)
    implements HppSessionEvent {

  @Override
  public HppStatus status() {
    return HppStatus.DISABLED;
  }
}
