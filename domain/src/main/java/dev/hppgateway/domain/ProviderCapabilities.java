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
 * against it before calling, so an unsupported field is a clear "not supported by X" answer. What a
 * provider can do to a page afterwards (disable, distribute, refund, cancel) is not a flag here: it
 * is an optional capability interface its adapter implements.
 *
 * @param urlKinds the merchant URLs the provider honours (an empty set: it takes none per page)
 * @param placeholders where each supported placeholder is filled in; absent ones are unsupported
 * @param optionsCheck the provider's check of the page options (which it takes, what they mean)
 * @param orderCheck the provider's own rules for the order (such as its locale's form)
 * @param multiplePagesPerPayment whether several pages may point at one payment session
 * @param pageLifetime the longest a page lives from its creation, as the adapter knows its provider
 *     (margins included); a merchant may only ask for less
 */
public record ProviderCapabilities(
    Set<UrlKind> urlKinds,
    Map<Placeholder, PlaceholderRule> placeholders,
    PageOptionsCheck optionsCheck,
    OrderCheck orderCheck,
    boolean multiplePagesPerPayment,
    Duration pageLifetime) {

  public ProviderCapabilities {
    urlKinds = Set.copyOf(Require.nonNull(urlKinds, "urlKinds"));
    placeholders = Map.copyOf(Require.nonNull(placeholders, "placeholders"));
    Require.nonNull(optionsCheck, "optionsCheck");
    Require.nonNull(orderCheck, "orderCheck");
    Require.nonNull(pageLifetime, "pageLifetime");
    if (pageLifetime.isNegative() || pageLifetime.isZero()) {
      throw new IllegalArgumentException("page lifetime must be positive, not " + pageLifetime);
    }
  }

  public Optional<PlaceholderRule> rule(Placeholder placeholder) {
    return Optional.ofNullable(placeholders.get(placeholder));
  }

  /** Runs the provider's options check. */
  public void checkOptions(PageOptions options, ProviderId provider) {
    optionsCheck.check(options, provider);
  }

  /** Runs the provider's order check. */
  public void checkOrder(PaymentOrder order, ProviderId provider) {
    orderCheck.check(order, provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts from "nothing supported, no options taken" so every capability an adapter claims is
   * explicit; the page lifetime has no default, as only the adapter knows it.
   */
  public static final class Builder {
    private final Set<UrlKind> urlKinds = EnumSet.noneOf(UrlKind.class);
    private final Map<Placeholder, PlaceholderRule> placeholders = new HashMap<>();
    private PageOptionsCheck optionsCheck = PageOptionsCheck.noneSupported();
    private OrderCheck orderCheck = OrderCheck.acceptsAll();
    private boolean multiplePagesPerPayment;
    private Duration pageLifetime;

    public Builder urlKinds(Set<UrlKind> kinds) {
      urlKinds.addAll(kinds);
      return this;
    }

    public Builder placeholder(PlaceholderRule rule) {
      placeholders.put(rule.placeholder(), rule);
      return this;
    }

    public Builder options(PageOptionsCheck check) {
      optionsCheck = check;
      return this;
    }

    public Builder order(OrderCheck check) {
      orderCheck = check;
      return this;
    }

    public Builder multiplePagesPerPayment(boolean value) {
      multiplePagesPerPayment = value;
      return this;
    }

    public Builder pageLifetime(Duration value) {
      pageLifetime = value;
      return this;
    }

    public ProviderCapabilities build() {
      return new ProviderCapabilities(
          urlKinds, placeholders, optionsCheck, orderCheck, multiplePagesPerPayment, pageLifetime);
    }
  }
}
