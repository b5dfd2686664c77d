package dev.hppgateway.adapter.klarnakp;

import dev.hppgateway.adapter.hppv1.HppPages;
import dev.hppgateway.adapter.providerhttp.ProviderConnection;
import java.time.Duration;

/**
 * How the KP adapter reaches Klarna. {@link #TEST_BASE_URL} is the playground; live is {@link
 * #LIVE_BASE_URL} (regional {@code -na}/{@code -oc} variants are just other base URLs).
 *
 * @param connectTimeout null for {@link ProviderConnection#DEFAULT_CONNECT_TIMEOUT}
 * @param readTimeout null for {@link ProviderConnection#DEFAULT_READ_TIMEOUT}
 * @param placeOrderOnCompletion whether the gateway places the order with the authorization token
 *     once a page with place_order_mode NONE completes (otherwise the merchant does)
 */
public record KlarnaKpConfig(
    String baseUrl,
    String username,
    String password,
    Duration connectTimeout,
    Duration readTimeout,
    boolean placeOrderOnCompletion) {

  public static final String TEST_BASE_URL = "https://api.playground.klarna.com";
  public static final String LIVE_BASE_URL = "https://api.klarna.com";

  public KlarnaKpConfig {
    baseUrl =
        baseUrl == null || baseUrl.isBlank()
            ? TEST_BASE_URL
            : ProviderConnection.normalizeBaseUrl(baseUrl);
  }

  /** Playground host, default timeouts, orders placed by the gateway. */
  public static KlarnaKpConfig playground(String username, String password) {
    return new KlarnaKpConfig(TEST_BASE_URL, username, password, null, null, true);
  }

  ProviderConnection connection() {
    return HppPages.basicConnection(
        KlarnaKpPaymentProvider.ID, baseUrl, username, password, connectTimeout, readTimeout);
  }

  @Override
  public String toString() {
    return "KlarnaKpConfig["
        + HppPages.describeConnection(baseUrl, username, connectTimeout, readTimeout)
        + ", placeOrderOnCompletion="
        + placeOrderOnCompletion
        + "]";
  }
}
