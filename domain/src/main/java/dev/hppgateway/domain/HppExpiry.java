package dev.hppgateway.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a page stops working. Providers end an HPP session one hour before the payment session
 * behind it (a KP session lives 48 h; a KCO order 48 h after its last update), so the gateway does
 * the same arithmetic rather than trust a clock it cannot see.
 */
public final class HppExpiry {
  public static final Duration MARGIN = Duration.ofHours(1);
  public static final Duration KP_SESSION_LIFETIME = Duration.ofHours(48);
  public static final Duration KCO_ORDER_LIFETIME = Duration.ofHours(48);
  /** A KP authorization token can place an order for this long after the shopper authorized. */
  public static final Duration KP_AUTHORIZATION_TOKEN_LIFETIME = Duration.ofMinutes(60);

  private HppExpiry() {}

  /** The page's expiry for a payment session created (or last updated) at {@code start}. */
  public static Instant pageExpiry(Instant start, Duration paymentSessionLifetime) {
    return start.plus(paymentSessionLifetime).minus(MARGIN);
  }

  /**
   * The earlier of the provider's rule and what the merchant asked for; a page never outlives
   * the payment session behind it.
   */
  public static Instant pageExpiry(
      Instant start, Duration paymentSessionLifetime, Instant requested) {
    Instant latest = pageExpiry(start, paymentSessionLifetime);
    if (requested == null) {
      return latest;
    }
    Require.that(requested.isAfter(start), "expires_at", "must be in the future");
    Require.that(
        !requested.isAfter(latest),
        "expires_at",
        "must not be later than " + latest + " (the payment session ends an hour after)");
    return requested;
  }
}
