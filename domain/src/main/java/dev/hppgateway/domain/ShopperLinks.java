package dev.hppgateway.domain;

/**
 * Where the shopper pays, exactly as the provider returned them: providers forbid building these
 * URLs, so they are stored and handed out verbatim. QR and distribution URLs may be absent.
 */
public record ShopperLinks(String redirectUrl, String qrCodeUrl, String distributionUrl) {

  public ShopperLinks {
    Require.text(redirectUrl, "redirect_url", 4096);
    Require.optionalText(qrCodeUrl, "qr_code_url", 4096);
    Require.optionalText(distributionUrl, "distribution_url", 4096);
  }
}
