package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.HppStatus;

/**
 * What a callback claims: which page (by the provider's HPP session id or its payment ref, at least
 * one present) and which status. Never trusted on its own.
 *
 * @param eventId the provider's event id, to drop duplicates; null when the provider sends none
 * @param hinted the adapter's mapping of {@code rawStatus}; {@code UNKNOWN} when there is none (a
 *     bare push) or it is not known
 * @param providerPaymentRef the provider's reference of the one payment of the page the callback is
 *     about (an Optty link's order), for the gateway to keep on the page and hand back in {@link
 *     PageView#providerPaymentRefs()}; null when the callback names none
 */
public record CallbackHint(
    String eventId,
    String providerSessionId,
    String paymentRef,
    String rawStatus,
    HppStatus hinted,
    String providerPaymentRef) {
  public CallbackHint {
    if (providerSessionId == null && paymentRef == null) {
      throw new IllegalArgumentException(
          "a callback hint names the page by session id or payment ref");
    }
    hinted = hinted == null ? HppStatus.UNKNOWN : hinted;
    providerPaymentRef =
        providerPaymentRef == null || providerPaymentRef.isBlank() ? null : providerPaymentRef;
  }

  /** A hint that names no payment of the page. */
  public CallbackHint(
      String eventId,
      String providerSessionId,
      String paymentRef,
      String rawStatus,
      HppStatus hinted) {
    this(eventId, providerSessionId, paymentRef, rawStatus, hinted, null);
  }

  /** A hint without a status the adapter can map (a bare push). */
  public CallbackHint(
      String eventId, String providerSessionId, String paymentRef, String rawStatus) {
    this(eventId, providerSessionId, paymentRef, rawStatus, HppStatus.UNKNOWN, null);
  }
}
