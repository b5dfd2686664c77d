package dev.hppgateway.application.port.in;

/** What became of a callback; all but REJECTED are answered 2xx so the provider stops retrying. */
public enum CallbackOutcome {
  /** Confirmed with the provider and applied (or found to change nothing). */
  APPLIED,
  /** The event id was seen before. */
  DUPLICATE,
  /** Not about a page this gateway knows. */
  IGNORED,
  /** Wrong secret or unknown session: answered 404, nothing read or changed. */
  REJECTED
}
