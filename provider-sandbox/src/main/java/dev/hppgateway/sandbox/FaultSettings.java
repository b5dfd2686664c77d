package dev.hppgateway.sandbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One provider's fault profile. Rates are probabilities: 0 never, 1 always (so tests are
 * deterministic); values in between draw from a seeded random. Omitted (null) values are "off".
 *
 * @param latencyMs added to every API answer
 * @param errorRate share of API calls answered with {@code errorStatus} (500 or 503)
 * @param errorStatus 500 or 503 (default 503)
 * @param throttleRate share of API calls answered 429 with Retry-After
 * @param retryAfterSeconds the Retry-After value (default 1)
 * @param malformedRate share of successful answers whose JSON body is cut short
 * @param duplicateCallbackRate share of callbacks/webhooks/pushes delivered twice
 * @param delayCallbackRate share of callbacks held back by {@code callbackDelayMs}, so later ones
 *     overtake them
 * @param callbackDelayMs how long a delayed callback waits (default 1000)
 * @param dropCallbackRate share of callbacks never delivered
 */
@Serdeable
public record FaultSettings(
    @Nullable Long latencyMs,
    @Nullable Double errorRate,
    @Nullable Integer errorStatus,
    @Nullable Double throttleRate,
    @Nullable Integer retryAfterSeconds,
    @Nullable Double malformedRate,
    @Nullable Double duplicateCallbackRate,
    @Nullable Double delayCallbackRate,
    @Nullable Long callbackDelayMs,
    @Nullable Double dropCallbackRate) {

  public static FaultSettings none() {
    return new FaultSettings(0L, 0.0, 503, 0.0, 1, 0.0, 0.0, 0.0, 1000L, 0.0);
  }

  /**
   * The same profile with nulls replaced by their "off" defaults and out-of-range values clamped.
   */
  public FaultSettings normalized() {
    int status = errorStatus == null ? 503 : errorStatus;
    if (status < 500 || status > 599) {
      status = 503;
    }
    return new FaultSettings(
        latencyMs == null ? 0L : Math.max(0L, latencyMs),
        rate(errorRate),
        status,
        rate(throttleRate),
        retryAfterSeconds == null ? 1 : Math.max(0, retryAfterSeconds),
        rate(malformedRate),
        rate(duplicateCallbackRate),
        rate(delayCallbackRate),
        callbackDelayMs == null ? 1000L : Math.max(0L, callbackDelayMs),
        rate(dropCallbackRate));
  }

  private static double rate(Double value) {
    if (value == null || value.isNaN()) {
      return 0.0;
    }
    return Math.max(0.0, Math.min(1.0, value));
  }
}
