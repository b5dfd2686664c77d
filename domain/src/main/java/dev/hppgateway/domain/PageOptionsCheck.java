package dev.hppgateway.domain;

/**
 * A provider's check of the page options it is asked for, declared by its adapter in its {@link
 * ProviderCapabilities}: it knows which options it takes and what their values mean, the core does
 * not. Runs before any provider call, so a bad option is a 400 naming the field.
 */
@FunctionalInterface
public interface PageOptionsCheck {

  /**
   * @throws DomainValidationException naming {@code options.<name>} and why
   */
  void check(PageOptions options, ProviderId provider);

  /** A provider that takes no options at all: any option is refused by name. */
  static PageOptionsCheck noneSupported() {
    return (options, provider) -> {
      for (String name : options.asMap().keySet()) {
        throw new DomainValidationException(
            PageOptions.fieldOf(name), "is not supported by provider " + provider);
      }
    };
  }
}
