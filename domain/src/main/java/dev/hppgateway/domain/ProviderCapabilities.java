package dev.hppgateway.domain;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a provider accepts in a request, stated by its adapter: the merchant URL kinds and
 * placeholders it fills, its place-order modes and its page lifetime. The core checks requests
 * against it before calling, so an unsupported field is a clear "not supported by X" answer. What
 * a provider can do to a page afterwards (disable, distribute, refund, cancel) is not a flag here:
 * it is an optional capability interface its adapter implements.
 *
 * @param urlKinds the merchant URLs the provider honours (an empty set: it takes none per page)
 * @param placeholders where each supported placeholder is filled in; absent ones are unsupported
 * @param paymentSessionLifetime how long the provider's payment session (KP session, KCO order,
 *     Optty link) lives; the page expires {@link HppExpiry#MARGIN} before it
 * @param multiplePagesPerPayment whether several pages may point at one payment session
 */
public record ProviderCapabilities(
    Set<UrlKind> urlKinds,
    Map<Placeholder, PlaceholderRule> placeholders,
    Set<PlaceOrderMode> placeOrderModes,
    boolean multiplePagesPerPayment,
    Duration paymentSessionLifetime) {

  public ProviderCapabilities {
    urlKinds = Set.copyOf(Require.nonNull(urlKinds, "urlKinds"));
    placeholders = Map.copyOf(Require.nonNull(placeholders, "placeholders"));
    placeOrderModes = Set.copyOf(Require.nonNull(placeOrderModes, "placeOrderModes"));
    Require.nonNull(paymentSessionLifetime, "paymentSessionLifetime");
    if (placeOrderModes.isEmpty()) {
      throw new IllegalArgumentException("a provider supports at least place-order mode NONE");
    }
    if (paymentSessionLifetime.compareTo(HppExpiry.MARGIN) <= 0) {
      throw new IllegalArgumentException("payment session lifetime must exceed " + HppExpiry.MARGIN);
    }
  }

  public Optional<PlaceholderRule> rule(Placeholder placeholder) {
    return Optional.ofNullable(placeholders.get(placeholder));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts from "nothing supported but NONE" so every capability an adapter claims is explicit. */
  public static final class Builder {
    private final Set<UrlKind> urlKinds = EnumSet.noneOf(UrlKind.class);
    private final Map<Placeholder, PlaceholderRule> placeholders = new HashMap<>();
    private final Set<PlaceOrderMode> placeOrderModes = EnumSet.of(PlaceOrderMode.NONE);
    private boolean multiplePagesPerPayment;
    private Duration paymentSessionLifetime = Duration.ofHours(48);

    public Builder urlKinds(Set<UrlKind> kinds) {
      urlKinds.addAll(kinds);
      return this;
    }

    public Builder placeholder(PlaceholderRule rule) {
      placeholders.put(rule.placeholder(), rule);
      return this;
    }

    public Builder placeOrderModes(Set<PlaceOrderMode> modes) {
      placeOrderModes.addAll(modes);
      return this;
    }

    public Builder multiplePagesPerPayment(boolean value) {
      multiplePagesPerPayment = value;
      return this;
    }

    public Builder paymentSessionLifetime(Duration value) {
      paymentSessionLifetime = value;
      return this;
    }

    public ProviderCapabilities build() {
      return new ProviderCapabilities(
          urlKinds, placeholders, placeOrderModes, multiplePagesPerPayment, paymentSessionLifetime);
    }
  }
}
