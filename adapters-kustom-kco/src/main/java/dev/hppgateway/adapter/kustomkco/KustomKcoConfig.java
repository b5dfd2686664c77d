package dev.hppgateway.adapter.kustomkco;

import dev.hppgateway.adapter.hppv1.HppPages;
import dev.hppgateway.adapter.providerhttp.ProviderConnection;
import java.time.Duration;

/**
 * How the KCO adapter reaches Kustom. {@link #TEST_BASE_URL} is the playground; live is {@link
 * #LIVE_BASE_URL}. A KCO order needs terms, checkout and confirmation URLs: the terms URL is the
 * merchant's; checkout and confirmation are used when the merchant's page URLs cannot serve (none
 * given, or holding a placeholder KCO cannot fill).
 *
 * @param connectTimeout null for {@link ProviderConnection#DEFAULT_CONNECT_TIMEOUT}
 * @param readTimeout null for {@link ProviderConnection#DEFAULT_READ_TIMEOUT}
 */
public record KustomKcoConfig(
    String baseUrl,
    String username,
    String password,
    Duration connectTimeout,
    Duration readTimeout,
    String termsUrl,
    String defaultCheckoutUrl,
    String defaultConfirmationUrl) {

  public static final String TEST_BASE_URL = "https://api.playground.kustom.co";
  public static final String LIVE_BASE_URL = "https://api.kustom.co";

  public KustomKcoConfig {
    baseUrl =
        baseUrl == null || baseUrl.isBlank()
            ? TEST_BASE_URL
            : ProviderConnection.normalizeBaseUrl(baseUrl);
    requireUrl(termsUrl, "termsUrl");
    requireUrl(defaultCheckoutUrl, "defaultCheckoutUrl");
    requireUrl(defaultConfirmationUrl, "defaultConfirmationUrl");
  }

  private static void requireUrl(String url, String name) {
    if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
      throw new IllegalArgumentException(
          "kustom-kco: " + name + " must be an absolute http(s) URL");
    }
  }

  ProviderConnection connection() {
    return HppPages.basicConnection(
        KustomKcoPaymentProvider.ID, baseUrl, username, password, connectTimeout, readTimeout);
  }

  @Override
  public String toString() {
    return "KustomKcoConfig["
        + HppPages.describeConnection(baseUrl, username, connectTimeout, readTimeout)
        + ", termsUrl="
        + termsUrl
        + ", defaultCheckoutUrl="
        + defaultCheckoutUrl
        + ", defaultConfirmationUrl="
        + defaultConfirmationUrl
        + "]";
  }
}
