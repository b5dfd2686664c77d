package dev.hppgateway.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a page stops working: at most its provider's page lifetime after creation (the adapter
 * states it, with whatever margin its provider needs), earlier if the merchant asks. The gateway
 * does this arithmetic itself rather than trust a clock it cannot see.
 */
public final class HppExpiry {

  private HppExpiry() {}

  /** The latest a page created at {@code start} may live. */
  public static Instant pageExpiry(Instant start, Duration pageLifetime) {
    return start.plus(pageLifetime);
  }

  /**
   * The earlier of the provider's lifetime and what the merchant asked for ({@code requested}, null
   * for "as long as the provider allows").
   */
  public static Instant pageExpiry(Instant start, Duration pageLifetime, Instant requested) {
    Instant latest = pageExpiry(start, pageLifetime);
    if (requested == null) {
      return latest;
    }
    Require.that(requested.isAfter(start), "expires_at", "must be in the future");
    Require.that(
        !requested.isAfter(latest),
        "expires_at",
        "must not be later than " + latest + " (the longest this provider keeps a page)");
    return requested;
  }
}
