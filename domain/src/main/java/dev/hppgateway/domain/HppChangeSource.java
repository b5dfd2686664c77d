package dev.hppgateway.domain;

/** Where a change of a page came from, as its timeline records it. */
public enum HppChangeSource {
  /**
   * The merchant's own request through the API or an embedding program: create, disable, cancel,
   * refund.
   */
  API,
  /** A provider's callback, after the gateway read the provider to confirm it. */
  CALLBACK,
  /** The gateway's own sweep: reconciliation, expiry and the order follow-ups on paid pages. */
  SWEEP
}
