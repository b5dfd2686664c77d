package dev.hppgateway.bootstrap;

import dev.hppgateway.sandbox.SandboxServer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of a service jar in the reliability process tests, as an operator would set it:
 * sandbox mode (so a loopback webhook URL is allowed), Klarna KP at a provider simulator that runs
 * in the test's JVM (it outlives a killed service, and several services share it), one merchant
 * with its webhook URL and secret, and the sweep and the webhook worker on short intervals.
 */
final class ReliabilityEnvironment {
  static final String KLARNA_USER = "K-reliability";

  private ReliabilityEnvironment() {}

  /** The simulator's settings: the Klarna credentials it checks. */
  static Map<String, Object> simulator(String klarnaPassword) {
    return Map.of(
        "hpp.sandbox.klarna.username", KLARNA_USER, "hpp.sandbox.klarna.password", klarnaPassword);
  }

  /**
   * @param port where the service listens (127.0.0.1)
   * @param publicBaseUrl where the providers' callbacks go
   * @param jdbcUrl its database
   * @param providers the simulator
   * @param klarnaPassword the simulator's Klarna password
   * @param merchant the merchant: id, API key, webhook URL and secret
   */
  static Map<String, String> of(
      int port,
      String publicBaseUrl,
      String jdbcUrl,
      SandboxServer providers,
      String klarnaPassword,
      Merchant merchant) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
    env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
    env.put("HPP_SANDBOX_ENABLED", "true");
    env.put("HPP_PUBLIC_BASE_URL", publicBaseUrl);
    env.put("DATASOURCES_DEFAULT_URL", jdbcUrl);
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      env.put("DATASOURCES_DEFAULT_DRIVER_CLASS_NAME", "org.postgresql.Driver");
      env.put("DATASOURCES_DEFAULT_USERNAME", "postgres");
    }
    env.put("HPP_BOOTSTRAP_MERCHANT_ID", merchant.id());
    env.put("HPP_BOOTSTRAP_MERCHANT_API_KEY", merchant.apiKey());
    env.put("HPP_BOOTSTRAP_MERCHANT_WEBHOOK_URL", merchant.webhookUrl());
    env.put("HPP_BOOTSTRAP_MERCHANT_WEBHOOK_SECRET", merchant.webhookSecret());
    env.put("HPP_PROVIDERS_KLARNA_KP_BASE_URL", providers.klarnaBaseUrl());
    env.put("HPP_PROVIDERS_KLARNA_KP_USERNAME", KLARNA_USER);
    env.put("HPP_PROVIDERS_KLARNA_KP_PASSWORD", klarnaPassword);
    // pages untouched for a second are reconciled by the sweep, which runs every 300 ms
    env.put("HPP_RECONCILE_AFTER", "1s");
    env.put("HPP_SWEEP_INTERVAL", "300ms");
    env.put("HPP_SWEEP_BATCH_SIZE", "5");
    // small webhook batches often, so several workers share the outbox
    env.put("HPP_WEBHOOKS_DELIVERY_INTERVAL", "100ms");
    env.put("HPP_WEBHOOKS_DELIVERY_INITIAL_DELAY", "100ms");
    env.put("HPP_WEBHOOKS_DELIVERY_BATCH_SIZE", "3");
    return env;
  }

  /** The merchant both tests bootstrap. */
  record Merchant(String id, String apiKey, String webhookUrl, String webhookSecret) {}
}
