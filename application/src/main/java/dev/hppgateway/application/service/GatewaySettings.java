package dev.hppgateway.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * The gateway's own settings.
 *
 * @param publicBaseUrl where providers reach the gateway's callbacks (no trailing slash)
 * @param idempotencyTtl how long an Idempotency-Key is remembered
 * @param reconcileAfter how long an open page may go without news before the provider is read
 */
public record GatewaySettings(
    String publicBaseUrl, Duration idempotencyTtl, Duration reconcileAfter) {

  public GatewaySettings {
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    while (publicBaseUrl.endsWith("/")) {
      publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
    }
    idempotencyTtl = idempotencyTtl == null ? Duration.ofHours(24) : idempotencyTtl;
    reconcileAfter = reconcileAfter == null ? Duration.ofMinutes(15) : reconcileAfter;
  }

  public static GatewaySettings of(String publicBaseUrl) {
    return new GatewaySettings(publicBaseUrl, null, null);
  }
}
