package dev.hppgateway.adapter.hppv1;

import java.time.Duration;

/**
 * How long an HPP v1 page lives: the HPP API ends a session one hour before the payment session
 * (KP) or order (KCO) behind it, so a page's lifetime is its payment session's minus that hour.
 */
public final class HppPageLifetime {
  /** The HPP session ends this long before its payment session. */
  public static final Duration MARGIN = Duration.ofHours(1);

  private HppPageLifetime() {}

  /** The page lifetime over a payment session that lives {@code paymentSessionLifetime}. */
  public static Duration before(Duration paymentSessionLifetime) {
    if (paymentSessionLifetime.compareTo(MARGIN) <= 0) {
      throw new IllegalArgumentException("payment session lifetime must exceed " + MARGIN);
    }
    return paymentSessionLifetime.minus(MARGIN);
  }
}
