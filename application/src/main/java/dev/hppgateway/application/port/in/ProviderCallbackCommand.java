package dev.hppgateway.application.port.in;

import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import java.util.Objects;

/**
 * A callback as it arrived.
 *
 * @param sessionId the gateway session named in the callback path (per-session callbacks), or
 *     null for per-merchant callbacks (Optty webhooks) where the body names the page
 * @param merchantId the merchant named in a per-merchant callback path; null for the others (with
 *     neither a session nor a merchant, the callback URL is the provider account's)
 * @param secret the secret from the callback path, checked in constant time
 */
public record ProviderCallbackCommand(
    ProviderId provider, HppSessionId sessionId, MerchantId merchantId, String secret, ProviderCallback callback) {

  /** A callback to a per-session URL. */
  public static ProviderCallbackCommand forSession(
      ProviderId provider, HppSessionId sessionId, String secret, ProviderCallback callback) {
    return new ProviderCallbackCommand(provider, sessionId, null, secret, callback);
  }

  /** A callback to a per-merchant URL (one webhook URL per merchant at the provider). */
  public static ProviderCallbackCommand forMerchant(
      ProviderId provider, MerchantId merchantId, String secret, ProviderCallback callback) {
    return new ProviderCallbackCommand(provider, null, merchantId, secret, callback);
  }

  /** A callback to a provider-account-wide URL (one webhook URL for the gateway's account). */
  public static ProviderCallbackCommand forProvider(ProviderId provider, String secret, ProviderCallback callback) {
    return new ProviderCallbackCommand(provider, null, null, secret, callback);
  }

  public ProviderCallbackCommand {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(callback, "callback");
  }

  @Override
  public String toString() {
    return "ProviderCallbackCommand[provider=" + provider + ", sessionId=" + sessionId + ", merchantId=" + merchantId + "]";
  }
}
