package dev.hppgateway.application.port.out;

/**
 * What a callback claims: which page (by the provider's HPP session id or its payment ref, at
 * least one present) and which raw status. Never trusted on its own.
 *
 * @param eventId the provider's event id, to drop duplicates; null when the provider sends none
 */
public record CallbackHint(String eventId, String providerSessionId, String paymentRef, String rawStatus) {
  public CallbackHint {
    if (providerSessionId == null && paymentRef == null) {
      throw new IllegalArgumentException("a callback hint names the page by session id or payment ref");
    }
  }
}
