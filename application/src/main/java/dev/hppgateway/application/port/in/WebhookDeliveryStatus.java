package dev.hppgateway.application.port.in;

import java.util.Locale;

/**
 * Where a webhook event is in its delivery, as the merchant sees it. {@link #PENDING} and {@link
 * #FAILED} are both still to be delivered: a failed one has a last error from an attempt that did
 * not succeed and waits for its next attempt (a message being attempted right now keeps the status
 * it had).
 */
public enum WebhookDeliveryStatus {
  /** Not attempted yet, or attempted without an error recorded; waits for its next attempt. */
  PENDING,
  /** The merchant answered 2xx. */
  DELIVERED,
  /** An attempt failed; another is scheduled. */
  FAILED,
  /** Given up after the last retry; only a redelivery sends it again. */
  DEAD;

  /** The name in the API: lower case. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
