package dev.hppgateway.domain;

/**
 * A provider's own rules for the order itself (beyond what every order must satisfy), declared by
 * its adapter in its {@link ProviderCapabilities}, as {@link PageOptionsCheck} is for the options:
 * for example a provider that takes only 2-letter languages in the locale. Runs before any provider
 * call, so a refused order is a 400 naming the field.
 */
@FunctionalInterface
public interface OrderCheck {

  /**
   * @throws DomainValidationException naming the order's field and why
   */
  void check(PaymentOrder order, ProviderId provider);

  /** A provider that takes every order the domain accepts. */
  static OrderCheck acceptsAll() {
    return (order, provider) -> {};
  }
}
