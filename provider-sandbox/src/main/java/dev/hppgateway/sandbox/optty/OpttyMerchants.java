package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-merchant (client id) portal settings, set through the admin API over the configured defaults.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class OpttyMerchants {

  private final Map<String, OpttyMerchant> merchants = new ConcurrentHashMap<>();
  private final SandboxSettings settings;
  private final Optional<OpttyAccountWebhook> accountWebhook;

  OpttyMerchants(SandboxSettings settings, Optional<OpttyAccountWebhook> accountWebhook) {
    this.settings = settings;
    this.accountWebhook = accountWebhook;
  }

  void put(String clientId, OpttyMerchant merchant) {
    merchants.put(clientId, merchant);
  }

  /** The effective settings: the merchant's own values, else the configured ones. */
  OpttyMerchant of(String clientId) {
    OpttyMerchant own = merchants.getOrDefault(clientId, new OpttyMerchant(null, null, null));
    return new OpttyMerchant(
        own.webhookUrl() != null
            ? own.webhookUrl()
            : settings
                .opttyWebhookUrl()
                .or(() -> accountWebhook.map(OpttyAccountWebhook::url))
                .orElse(null),
        own.redirectUrl() != null ? own.redirectUrl() : settings.opttyRedirectUrl().orElse(null),
        own.paymentSecret() != null ? own.paymentSecret() : settings.opttyPaymentSecret());
  }
}
