package dev.hppgateway.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code hpp.*}: where providers reach the gateway, and its own timings. */
@ConfigurationProperties("hpp")
public class GatewayProperties {
  private String publicBaseUrl;
  private Duration idempotencyTtl = Duration.ofHours(24);
  private Duration reconcileAfter = Duration.ofMinutes(15);

  /**
   * {@code hpp.public-base-url} as configured, or null; {@link ProviderDefaults#publicBaseUrl()} is
   * the checked value with the sandbox mode's default.
   */
  public String getPublicBaseUrl() {
    return publicBaseUrl;
  }

  public void setPublicBaseUrl(String value) {
    publicBaseUrl = value;
  }

  public Duration getIdempotencyTtl() {
    return idempotencyTtl;
  }

  public void setIdempotencyTtl(Duration value) {
    idempotencyTtl = value;
  }

  public Duration getReconcileAfter() {
    return reconcileAfter;
  }

  public void setReconcileAfter(Duration value) {
    reconcileAfter = value;
  }
}
