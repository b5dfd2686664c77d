package dev.hppgateway.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * The gateway's own settings.
 *
 * @param publicBaseUrl where providers reach the gateway's callbacks (no trailing slash)
 * @param idempotencyTtl how long an Idempotency-Key is remembered
 * @param reconcileAfter how long an open page may go without news before the provider is read
 * @param expiryGrace for a provider that cannot turn pages off: how long after its expiry a page
 *     with no order in progress is still read before the gateway expires it (default 1 h); a page
 *     whose read shows an order in progress is never expired by the gateway
 */
public record GatewaySettings(
    String publicBaseUrl, Duration idempotencyTtl, Duration reconcileAfter, Duration expiryGrace) {

  public GatewaySettings(String publicBaseUrl, Duration idempotencyTtl, Duration reconcileAfter) {
    this(publicBaseUrl, idempotencyTtl, reconcileAfter, null);
  }

  public GatewaySettings {
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    while (publicBaseUrl.endsWith("/")) {
      publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
    }
    idempotencyTtl = idempotencyTtl == null ? Duration.ofHours(24) : idempotencyTtl;
    reconcileAfter = reconcileAfter == null ? Duration.ofMinutes(15) : reconcileAfter;
    expiryGrace = expiryGrace == null ? Duration.ofHours(1) : expiryGrace;
  }

  public static GatewaySettings of(String publicBaseUrl) {
    return new GatewaySettings(publicBaseUrl, null, null, null);
  }
}
