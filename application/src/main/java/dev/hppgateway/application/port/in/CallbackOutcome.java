package dev.hppgateway.application.port.in;

/**
 * What became of a callback; APPLIED, DUPLICATE and IGNORED are answered 2xx so the provider stops
 * retrying.
 */
public enum CallbackOutcome {
  /** Confirmed with the provider and applied (or found to change nothing). */
  APPLIED,
  /** The event id was seen before. */
  DUPLICATE,
  /** Not about a page this gateway knows. */
  IGNORED,
  /** Wrong secret or unknown session: answered 404, nothing read or changed. */
  REJECTED,
  /**
   * The callback says the page reached a final status, but reading the provider does not show it
   * yet: not marked handled, answered 503 so the provider sends it again.
   */
  NOT_YET_CONFIRMED
}
