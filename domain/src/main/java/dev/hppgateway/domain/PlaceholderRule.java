package dev.hppgateway.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a provider fills in one placeholder: in which merchant URLs, and under which place-order
 * modes (Klarna knows an order id only when it places the order itself).
 */
public record PlaceholderRule(
    Placeholder placeholder, Set<UrlKind> urlKinds, Set<PlaceOrderMode> placeOrderModes) {

  public PlaceholderRule {
    Require.nonNull(placeholder, "placeholder");
    urlKinds = Set.copyOf(Require.nonNull(urlKinds, "urlKinds"));
    placeOrderModes = Set.copyOf(Require.nonNull(placeOrderModes, "placeOrderModes"));
  }

  /** Filled in every redirect URL, whatever the place-order mode. */
  public static PlaceholderRule everywhere(Placeholder placeholder) {
    return new PlaceholderRule(
        placeholder, redirectKinds(), EnumSet.allOf(PlaceOrderMode.class));
  }

  public static Set<UrlKind> redirectKinds() {
    return EnumSet.complementOf(EnumSet.of(UrlKind.STATUS_UPDATE));
  }

  public boolean allows(UrlKind kind, PlaceOrderMode mode) {
    return urlKinds.contains(kind) && placeOrderModes.contains(mode);
  }
}
