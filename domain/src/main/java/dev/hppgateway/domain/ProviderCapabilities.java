package dev.hppgateway.domain;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a provider can do, stated by its adapter. The core checks requests against it so that a
 * feature a provider lacks is a clear "not supported by X" answer, never a surprise deep in a call.
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
    boolean disable,
    Set<DistributionMethod> distributionMethods,
    boolean cancel,
    boolean refund,
    boolean multiplePagesPerPayment,
    Duration paymentSessionLifetime) {

  public ProviderCapabilities {
    urlKinds = Set.copyOf(Require.nonNull(urlKinds, "urlKinds"));
    placeholders = Map.copyOf(Require.nonNull(placeholders, "placeholders"));
    placeOrderModes = Set.copyOf(Require.nonNull(placeOrderModes, "placeOrderModes"));
    distributionMethods = Set.copyOf(Require.nonNull(distributionMethods, "distributionMethods"));
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

  public boolean supports(DistributionMethod method) {
    return distributionMethods.contains(method);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts from "nothing supported but NONE" so every capability an adapter claims is explicit. */
  public static final class Builder {
    private final Set<UrlKind> urlKinds = EnumSet.noneOf(UrlKind.class);
    private final Map<Placeholder, PlaceholderRule> placeholders = new HashMap<>();
    private final Set<PlaceOrderMode> placeOrderModes = EnumSet.of(PlaceOrderMode.NONE);
    private boolean disable;
    private final Set<DistributionMethod> distributionMethods = EnumSet.noneOf(DistributionMethod.class);
    private boolean cancel;
    private boolean refund;
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

    public Builder disable(boolean value) {
      disable = value;
      return this;
    }

    public Builder distribution(Set<DistributionMethod> methods) {
      distributionMethods.addAll(methods);
      return this;
    }

    public Builder cancel(boolean value) {
      cancel = value;
      return this;
    }

    public Builder refund(boolean value) {
      refund = value;
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
          urlKinds, placeholders, placeOrderModes, disable, distributionMethods, cancel, refund,
          multiplePagesPerPayment, paymentSessionLifetime);
    }
  }
}
