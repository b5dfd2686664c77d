package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.domain.ShopperLinks;
import java.time.Instant;

/**
 * The HPP API's answer to a create, URLs exactly as returned (the API forbids building them).
 *
 * @param expiresAt the page's expiry, or null when the answer had none
 * @param distributionModule null when the answer had none
 * @param manualIdentificationCheckUrl Kustom only; null otherwise
 */
record HppCreatedSession(
    String sessionId,
    String sessionUrl,
    String redirectUrl,
    String qrCodeUrl,
    String distributionUrl,
    Instant expiresAt,
    DistributionModule distributionModule,
    String manualIdentificationCheckUrl) {

  /** Token and URLs for distributing the page through the provider's standalone module. */
  public record DistributionModule(String token, String standaloneUrl, String generationUrl) {
    @Override
    public String toString() {
      return "DistributionModule[token=***, standaloneUrl="
          + standaloneUrl
          + ", generationUrl="
          + generationUrl
          + "]";
    }
  }

  /** The links the shopper uses, verbatim. */
  public ShopperLinks shopperLinks() {
    return new ShopperLinks(redirectUrl, qrCodeUrl, distributionUrl);
  }
}
