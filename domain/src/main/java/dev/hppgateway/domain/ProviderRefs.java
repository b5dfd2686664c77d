package dev.hppgateway.domain;

/**
 * The provider's ids for a page: its HPP session id (Klarna/Kustom; for Optty the link id) and the
 * payment behind it (KP session id, KCO order id, Optty invoice number).
 */
public record ProviderRefs(String hppSessionId, String paymentRef) {

  public ProviderRefs {
    Require.text(hppSessionId, "provider_refs.hpp_session_id", 255);
    Require.text(paymentRef, "provider_refs.payment_ref", 255);
  }
}
