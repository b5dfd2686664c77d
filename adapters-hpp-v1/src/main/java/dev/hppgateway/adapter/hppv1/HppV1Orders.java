package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.OrderCheck;

/**
 * What Klarna and Kustom accept in an order beyond what the domain checks for every provider; KP
 * and KCO declare {@link #check()} in their capabilities, so the core refuses an order before any
 * call. The domain takes a 2–3 letter language in the locale; these APIs take a locale like {@code
 * sv-SE} (PROVIDERS.md §2), a 2-letter language only.
 */
public final class HppV1Orders {
  private HppV1Orders() {}

  /** The order check of KP and KCO: the locale's language has 2 letters. */
  public static OrderCheck check() {
    return (order, provider) -> {
      String locale = order.locale();
      int dash = locale.indexOf('-');
      if (dash != 2) {
        throw new DomainValidationException(
            "locale",
            "must have a 2-letter language like sv-SE for provider "
                + provider
                + ", not a "
                + (dash < 0 ? locale.length() : dash)
                + "-letter one");
      }
    };
  }
}
