package dev.hppgateway.domain;

import java.time.Instant;

/**
 * The session moved to {@link HppStatus#COMPLETED} from {@code previousStatus}. A previous status
 * that is final (EXPIRED, DISABLED, CANCELLED) is a late payment: the provider's read confirmed a
 * payment on a page the gateway had already ended.
 */
public record HppSessionCompleted(
    HppSessionId sessionId, MerchantId merchantId, Instant occurredAt, HppStatus previousStatus)
    implements HppSessionEvent {

  /** A completion whose previous status is not known. */
  public HppSessionCompleted(HppSessionId sessionId, MerchantId merchantId, Instant occurredAt) {
    this(sessionId, merchantId, occurredAt, null);
  }

  @Override
  public HppStatus status() {
    return HppStatus.COMPLETED;
  }

  /** The provider confirmed the payment after the gateway had ended the page. */
  public boolean late() {
    return previousStatus != null && previousStatus.isFinal();
  }
}
