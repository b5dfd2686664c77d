package dev.hppgateway.domain;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The placeholder rules of PROVIDERS.md §1 in the shape the KP and KCO adapters declare them (KP:
 * {@code {{order_id}}} only while place_order_mode places the order; KCO: no place_order_mode at
 * all), and Optty's "no merchant URLs per page". Domain tests check URL and option validation
 * against these; the adapters test their own declarations.
 */
final class TestCapabilities {
  static final String PLACE_ORDER_MODE = "place_order_mode";
  static final Set<String> MODES = Set.of("NONE", "PLACE_ORDER", "CAPTURE_ORDER");
  static final Duration PAGE_LIFETIME = Duration.ofHours(47);

  private TestCapabilities() {}

  static ProviderCapabilities kp() {
    return ProviderCapabilities.builder()
        .urlKinds(EnumSet.allOf(UrlKind.class))
        .placeholder(PlaceholderRule.everywhere(Placeholder.SESSION_ID))
        .placeholder(
            PlaceholderRule.in(Placeholder.AUTHORIZATION_TOKEN, EnumSet.of(UrlKind.SUCCESS)))
        .placeholder(
            PlaceholderRule.whenOption(
                Placeholder.ORDER_ID,
                PlaceholderRule.redirectKinds(),
                PLACE_ORDER_MODE,
                Set.of("PLACE_ORDER", "CAPTURE_ORDER"),
                "NONE"))
        .options(TestCapabilities::placeOrderModeOnly)
        .multiplePagesPerPayment(true)
        .pageLifetime(PAGE_LIFETIME)
        .build();
  }

  static ProviderCapabilities kco() {
    return ProviderCapabilities.builder()
        .urlKinds(EnumSet.allOf(UrlKind.class))
        .placeholder(PlaceholderRule.everywhere(Placeholder.SESSION_ID))
        .placeholder(PlaceholderRule.everywhere(Placeholder.ORDER_ID))
        .pageLifetime(PAGE_LIFETIME)
        .build();
  }

  static ProviderCapabilities optty() {
    return ProviderCapabilities.builder().pageLifetime(Duration.ofHours(48)).build();
  }

  /** Takes place_order_mode (one of {@link #MODES}) and nothing else. */
  private static void placeOrderModeOnly(PageOptions options, ProviderId provider) {
    for (String name : options.asMap().keySet()) {
      if (!name.equals(PLACE_ORDER_MODE)) {
        throw new DomainValidationException(
            PageOptions.fieldOf(name), "is not supported by provider " + provider);
      }
    }
    options
        .text(PLACE_ORDER_MODE)
        .ifPresent(
            mode -> {
              if (!MODES.contains(mode)) {
                throw new DomainValidationException(
                    PageOptions.fieldOf(PLACE_ORDER_MODE), "unknown mode " + mode);
              }
            });
  }
}
