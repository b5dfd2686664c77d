package dev.hppgateway.domain;

/**
 * The provider's ids for a page: its HPP session id (Klarna/Kustom; for Optty the link id), the
 * payment behind it (KP session id, KCO order id, Optty invoice number) and, when the provider
 * answers one, the API URL of the page itself (the HPP {@code session_url}), kept verbatim: the
 * provider says its structure may change, so reads use it rather than a rebuilt path.
 *
 * @param pageUrl the page's API URL as the provider answered it; null when it gave none
 */
public record ProviderRefs(String hppSessionId, String paymentRef, String pageUrl) {

  public ProviderRefs {
    Require.text(hppSessionId, "provider_refs.hpp_session_id", 255);
    Require.text(paymentRef, "provider_refs.payment_ref", 255);
    Require.optionalText(pageUrl, "provider_refs.page_url", 4096);
  }

  /** Refs without a page URL (a provider that answers none). */
  public ProviderRefs(String hppSessionId, String paymentRef) {
    this(hppSessionId, paymentRef, null);
  }
}
