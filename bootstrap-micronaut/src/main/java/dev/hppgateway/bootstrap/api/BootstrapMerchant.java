package dev.hppgateway.bootstrap.api;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.config.ProviderDefaults;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merchant set up at start-up from {@code hpp.bootstrap-merchant.id}, {@code .api-key}, {@code
 * .webhook-url} and {@code .webhook-secret}, saved through {@link MerchantRepository}, so the
 * service takes requests with no SQL. In sandbox mode there is always one: id {@value #DEMO_ID} by
 * default and, without a configured key, the fixed sandbox-only {@link #SANDBOX_DEMO_KEY}, printed
 * in the start-up log. In live mode it exists only when both id and key are configured, and the key
 * is never logged; nor is the webhook secret, in either mode.
 *
 * <p>When the merchant is already stored, its keys stay as they are if the configured key is one of
 * them (its current key, or its previous one after {@code merchants rotate-key}); a configured key
 * it does not hold becomes its current key, the stored current key staying valid as the previous
 * one until retired. The webhook URL and secret, when configured, replace the stored ones.
 */
@Context
@Requires(env = Application.ENVIRONMENT)
public class BootstrapMerchant {
  public static final String DEMO_ID = "demo-merchant";

  /** Public on purpose: only ever accepted in sandbox mode, where nothing is real. */
  public static final String SANDBOX_DEMO_KEY = "hppk_sandboxDemoKeyNotForRealPayments";

  private static final String SETTINGS = "hpp.bootstrap-merchant.";
  private static final Logger LOG = LoggerFactory.getLogger(BootstrapMerchant.class);

  private String merchantId;
  private boolean demoKey;

  public BootstrapMerchant(
      MerchantRepository merchants,
      ProviderDefaults mode,
      @Nullable @Value("${hpp.bootstrap-merchant.id:}") String id,
      @Nullable @Value("${hpp.bootstrap-merchant.api-key:}") String apiKey,
      @Nullable @Value("${hpp.bootstrap-merchant.webhook-url:}") String webhookUrl,
      @Nullable @Value("${hpp.bootstrap-merchant.webhook-secret:}") String webhookSecret) {
    id = blankToNull(id);
    apiKey = blankToNull(apiKey);
    webhookUrl = blankToNull(webhookUrl);
    webhookSecret = blankToNull(webhookSecret);
    if (mode.sandbox()) {
      id = id == null ? DEMO_ID : id;
      if (apiKey == null) {
        apiKey = SANDBOX_DEMO_KEY;
        demoKey = true;
      }
    } else if (id == null && apiKey == null) {
      if (webhookUrl != null || webhookSecret != null) {
        throw new ConfigurationException(SETTINGS + "id is required with a webhook-url or secret");
      }
      return;
    } else if (id == null) {
      throw new ConfigurationException(SETTINGS + "id is required with an api-key");
    } else if (apiKey == null) {
      throw new ConfigurationException(SETTINGS + "api-key is required with an id");
    }
    if (!ApiKeys.wellFormed(apiKey)) {
      throw new ConfigurationException(
          SETTINGS
              + "api-key must be "
              + ApiKeys.PREFIX
              + " followed by at least 32 URL-safe base64 characters");
    }
    if (webhookSecret != null) {
      WebhookSecrets.problem(webhookSecret)
          .ifPresent(
              problem -> {
                throw new ConfigurationException(SETTINGS + "webhook-secret " + problem);
              });
    }
    Merchant merchant;
    boolean rotated;
    try {
      MerchantId merchantId = MerchantId.of(id);
      String keyHash = ApiKeys.hash(apiKey);
      Optional<Merchant> stored = merchants.findById(merchantId);
      rotated = stored.isPresent() && !stored.get().holdsApiKeyHash(keyHash);
      merchant = configured(stored, merchantId, keyHash, webhookUrl, webhookSecret);
    } catch (DomainValidationException e) {
      throw new ConfigurationException(SETTINGS + settingOf(e.field()) + ": " + e.reason());
    }
    merchants.save(merchant);
    merchantId = id;
    if (demoKey) {
      LOG.warn(
          "Sandbox demo merchant '{}': use the header 'Authorization: Bearer {}' (sandbox only)",
          id,
          apiKey);
    } else if (rotated) {
      LOG.info(
          "Merchant '{}' set up from {}*: the configured api-key is its new current key; the"
              + " previous one works until 'merchants retire-previous-key --id {}'",
          id,
          SETTINGS,
          id);
    } else {
      LOG.info("Merchant '{}' set up from {}*", id, SETTINGS);
    }
  }

  /** The id of the merchant set up at start-up; empty when none is configured (live mode). */
  public Optional<String> merchantId() {
    return Optional.ofNullable(merchantId);
  }

  /**
   * {@link #SANDBOX_DEMO_KEY} when the merchant uses it (sandbox mode without a configured key);
   * empty otherwise: a configured key is never shown.
   */
  public Optional<String> sandboxDemoKey() {
    return demoKey ? Optional.of(SANDBOX_DEMO_KEY) : Optional.empty();
  }

  /** The merchant as configured, built on the stored one (its name, keys and callback secret). */
  private static Merchant configured(
      Optional<Merchant> stored,
      MerchantId id,
      String keyHash,
      String webhookUrl,
      String webhookSecret) {
    if (stored.isEmpty()) {
      return new Merchant(id, id.value(), keyHash, webhookUrl, webhookSecret, null);
    }
    Merchant merchant = stored.get();
    if (!merchant.holdsApiKeyHash(keyHash)) {
      merchant = merchant.withRotatedApiKey(keyHash);
    }
    return merchant.withProfile(
        merchant.name(),
        webhookUrl != null ? webhookUrl : merchant.webhookUrl(),
        webhookSecret != null ? webhookSecret : merchant.webhookSecretRef());
  }

  private static String settingOf(String field) {
    return "merchant_id".equals(field) ? "id" : field.replace('_', '-');
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
