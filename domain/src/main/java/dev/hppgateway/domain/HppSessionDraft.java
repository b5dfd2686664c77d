package dev.hppgateway.domain;

import java.time.Instant;

/**
 * A page the gateway is about to ask a provider for: everything the merchant asked, validated, plus
 * the gateway's own id, expiry and status-callback URL. The provider call turns it into an {@link
 * HppSession} with {@link HppSession#open}.
 */
public record HppSessionDraft(
    HppSessionId id,
    MerchantId merchantId,
    ProviderId providerId,
    String merchantReference,
    PaymentOrder order,
    MerchantUrls merchantUrls,
    PageOptions options,
    Shopper shopper,
    Instant expiresAt,
    String callbackSecretHash) {

  public HppSessionDraft {
    Require.present(id, "id");
    Require.present(merchantId, "merchant_id");
    Require.present(providerId, "provider");
    Require.text(merchantReference, "merchant_reference", 255);
    Require.present(order, "order");
    merchantUrls = merchantUrls == null ? MerchantUrls.none() : merchantUrls;
    options = options == null ? PageOptions.none() : options;
    shopper = shopper == null ? Shopper.none() : shopper;
    Require.present(expiresAt, "expires_at");
  }

  @Override
  public String toString() {
    // The status-update URL carries the callback secret; keep it and its hash out of logs.
    return "HppSessionDraft["
        + id
        + ", merchant="
        + merchantId
        + ", provider="
        + providerId
        + ", reference="
        + merchantReference
        + ", amount="
        + order.amount()
        + ", expiresAt="
        + expiresAt
        + "]";
  }

  /**
   * Checks the request against what the provider can do: its order check and its options check
   * first, then the URL kinds and placeholders it fills (which may depend on the options).
   */
  public void validateFor(ProviderCapabilities capabilities) {
    capabilities.checkOrder(order, providerId);
    capabilities.checkOptions(options, providerId);
    merchantUrls.validateFor(providerId, capabilities, options);
  }
}
