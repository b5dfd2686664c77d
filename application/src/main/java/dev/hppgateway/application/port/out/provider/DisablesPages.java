package dev.hppgateway.application.port.out.provider;

/** A provider that can turn a live page off, so no shopper can pay it any more. */
public interface DisablesPages {

  /**
   * Turns the page off at the provider. A page the shopper completed meanwhile is refused with a
   * {@link ProviderRejectedException}; the core then reads the page again.
   */
  void disablePage(PageView page);
}
