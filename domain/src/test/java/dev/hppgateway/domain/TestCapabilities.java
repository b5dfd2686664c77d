package dev.hppgateway.domain;

import java.util.EnumSet;

/**
 * The placeholder rules of PROVIDERS.md §1 as the KP and KCO adapters declare them, and Optty's
 * "no merchant URLs per page". Domain tests check URL validation against these.
 */
final class TestCapabilities {
  private TestCapabilities() {}

  static ProviderCapabilities kp() {
    return ProviderCapabilities.builder()
        .urlKinds(EnumSet.allOf(UrlKind.class))
        .placeholder(PlaceholderRule.everywhere(Placeholder.SESSION_ID))
        .placeholder(new PlaceholderRule(Placeholder.AUTHORIZATION_TOKEN, EnumSet.of(UrlKind.SUCCESS),
            EnumSet.allOf(PlaceOrderMode.class)))
        .placeholder(new PlaceholderRule(Placeholder.ORDER_ID, PlaceholderRule.redirectKinds(),
            EnumSet.of(PlaceOrderMode.PLACE_ORDER, PlaceOrderMode.CAPTURE_ORDER)))
        .placeOrderModes(EnumSet.allOf(PlaceOrderMode.class))
        .multiplePagesPerPayment(true)
        .build();
  }

  static ProviderCapabilities kco() {
    return ProviderCapabilities.builder()
        .urlKinds(EnumSet.allOf(UrlKind.class))
        .placeholder(PlaceholderRule.everywhere(Placeholder.SESSION_ID))
        .placeholder(new PlaceholderRule(Placeholder.ORDER_ID, PlaceholderRule.redirectKinds(),
            EnumSet.of(PlaceOrderMode.NONE)))
        .build();
  }

  static ProviderCapabilities optty() {
    return ProviderCapabilities.builder().build();
  }
}
