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
 * @param webhookEventRetention how long a delivered or dead webhook event is kept after it
 *     finished, for the merchant to list and redeliver (default 30 days); expired idempotency keys
 *     go as soon as they expire
 * @param housekeepingBatchSize how many rows one housekeeping delete removes at most (default 500):
 *     short transactions that never hold many locks
 */
public record GatewaySettings(
    String publicBaseUrl,
    Duration idempotencyTtl,
    Duration reconcileAfter,
    Duration expiryGrace,
    Duration webhookEventRetention,
    int housekeepingBatchSize) {

  public GatewaySettings(String publicBaseUrl, Duration idempotencyTtl, Duration reconcileAfter) {
    this(publicBaseUrl, idempotencyTtl, reconcileAfter, null);
  }

  public GatewaySettings(
      String publicBaseUrl,
      Duration idempotencyTtl,
      Duration reconcileAfter,
      Duration expiryGrace) {
    this(publicBaseUrl, idempotencyTtl, reconcileAfter, expiryGrace, null, 0);
  }

  public GatewaySettings {
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    while (publicBaseUrl.endsWith("/")) {
      publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
    }
    idempotencyTtl = idempotencyTtl == null ? Duration.ofHours(24) : idempotencyTtl;
    reconcileAfter = reconcileAfter == null ? Duration.ofMinutes(15) : reconcileAfter;
    expiryGrace = expiryGrace == null ? Duration.ofHours(1) : expiryGrace;
    webhookEventRetention =
        webhookEventRetention == null ? Duration.ofDays(30) : webhookEventRetention;
    if (webhookEventRetention.isNegative()) {
      throw new IllegalArgumentException("webhookEventRetention must not be negative");
    }
    if (housekeepingBatchSize < 0) {
      throw new IllegalArgumentException("housekeepingBatchSize must be positive");
    }
    housekeepingBatchSize = housekeepingBatchSize == 0 ? 500 : housekeepingBatchSize;
  }

  public static GatewaySettings of(String publicBaseUrl) {
    return new GatewaySettings(publicBaseUrl, null, null, null);
  }

  /** The same settings with another public base URL. */
  public GatewaySettings withPublicBaseUrl(String url) {
    return new GatewaySettings(
        url,
        idempotencyTtl,
        reconcileAfter,
        expiryGrace,
        webhookEventRetention,
        housekeepingBatchSize);
  }

  /** The same settings with another housekeeping retention and batch size (0: the default). */
  public GatewaySettings withHousekeeping(Duration eventRetention, int batchSize) {
    return new GatewaySettings(
        publicBaseUrl, idempotencyTtl, reconcileAfter, expiryGrace, eventRetention, batchSize);
  }
}
