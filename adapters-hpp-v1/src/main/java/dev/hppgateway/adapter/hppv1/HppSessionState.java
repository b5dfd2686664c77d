package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.domain.ProviderObservation;

/**
 * An HPP session as the API reads it. {@code authorizationToken} (KP) is a secret: it stays out of
 * {@link #toString()}.
 */
record HppSessionState(
    String sessionId,
    String rawStatus,
    String authorizationToken,
    String orderId,
    String klarnaReference) {

  /** The normalized observation, with the outcome refs the page carries. */
  public ProviderObservation observation() {
    return new ProviderObservation(
        HppStatusMapping.normalize(rawStatus), rawStatus, authorizationToken, orderId);
  }

  @Override
  public String toString() {
    return "HppSessionState["
        + sessionId
        + ", status="
        + rawStatus
        + ", orderId="
        + orderId
        + ", authorizationToken="
        + (authorizationToken == null ? "none" : "***")
        + "]";
  }
}
