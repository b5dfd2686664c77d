package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * Every {@code hpp.sandbox.*} setting with its default. Read from the environment (not a
 * ConfigurationProperties class) so that the sandbox ships no application.yml of its own and cannot
 * shadow the service's when it is embedded.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
public class SandboxSettings {

  public static final String ENABLED = "hpp.sandbox.enabled";
  public static final String PREFIX = "hpp.sandbox.";

  private final Environment environment;

  public SandboxSettings(Environment environment) {
    this.environment = environment;
  }

  /**
   * Absolute base for the links the sandbox hands out; empty means "from the request's Host
   * header".
   */
  public Optional<String> publicBaseUrl() {
    return string("public-base-url")
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  public String merchantName() {
    return string("merchant-name").orElse("Sandbox Merchant");
  }

  /** Lifetime of a KP payment session and of a KCO order (providers: 48 hours). */
  public Duration sessionLifetime() {
    return duration("session-lifetime", Duration.ofHours(48));
  }

  /** An HPP session expires this long before its payment session (providers: 1 hour). */
  public Duration hppExpiryMargin() {
    return duration("hpp-expiry-margin", Duration.ofHours(1));
  }

  public Duration authorizationTokenLifetime() {
    return duration("authorization-token-lifetime", Duration.ofMinutes(60));
  }

  /** Fixed Basic-auth credentials for a provider; empty means any non-empty pair is accepted. */
  public Optional<String> username(SimulatedProvider provider) {
    return string(provider.pathName() + ".username");
  }

  public Optional<String> password(SimulatedProvider provider) {
    return string(provider.pathName() + ".password");
  }

  public Duration pushInterval() {
    return duration("kustom.push-interval", Duration.ofSeconds(30));
  }

  /**
   * Whether KCO order management refuses a repeated acknowledge (409 NOT_ALLOWED, "already
   * acknowledged") instead of answering 204 again; off by default.
   */
  public boolean refuseRepeatedAcknowledge() {
    return environment
        .getProperty(PREFIX + "kustom.refuse-repeated-acknowledge", Boolean.class)
        .orElse(false);
  }

  public int pushMaxAttempts() {
    return integer("kustom.push-max-attempts", 10);
  }

  public Duration callbackTimeout() {
    return duration("callbacks.timeout", Duration.ofSeconds(3));
  }

  /** Attempts per status callback / webhook (first try included) when the receiver fails. */
  public int callbackAttempts() {
    return integer("callbacks.attempts", 3);
  }

  public Duration callbackRetryDelay() {
    return duration("callbacks.retry-delay", Duration.ofSeconds(1));
  }

  public long opttyTokenExpiresInSeconds() {
    return integer("optty.token-expires-in", 86400);
  }

  public Optional<String> opttyClientId() {
    return string("optty.client-id");
  }

  public Optional<String> opttyClientSecret() {
    return string("optty.client-secret");
  }

  public Optional<String> opttyWebhookUrl() {
    return string("optty.webhook-url");
  }

  public Optional<String> opttyRedirectUrl() {
    return string("optty.redirect-url");
  }

  public String opttyPaymentSecret() {
    return string("optty.payment-secret").orElse("sandbox-payment-secret");
  }

  public Duration opttyLinkLifetime() {
    return duration("optty.link-lifetime", Duration.ofHours(48));
  }

  public long faultSeed() {
    return environment.getProperty(PREFIX + "faults.seed", Long.class).orElse(42L);
  }

  /** Raw access for the fault profiles ({@code hpp.sandbox.faults.<provider>.<name>}). */
  public Optional<Double> faultNumber(SimulatedProvider provider, String name) {
    return environment.getProperty(
        PREFIX + "faults." + provider.pathName() + "." + name, Double.class);
  }

  private Optional<String> string(String key) {
    return environment
        .getProperty(PREFIX + key, String.class)
        .map(String::trim)
        .filter(value -> !value.isEmpty());
  }

  private Duration duration(String key, Duration fallback) {
    return environment.getProperty(PREFIX + key, Duration.class).orElse(fallback);
  }

  private int integer(String key, int fallback) {
    return environment.getProperty(PREFIX + key, Integer.class).orElse(fallback);
  }
}
