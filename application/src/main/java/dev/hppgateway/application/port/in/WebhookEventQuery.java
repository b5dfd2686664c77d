package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.util.Objects;

/**
 * A page of one merchant's webhook events, newest first (by creation time, then event id). Null
 * filters match everything; {@code startingAfter} is the id of the last event of the previous page
 * (an unknown id, or another merchant's, is no cursor: the list starts from the newest).
 */
public record WebhookEventQuery(
    MerchantId merchantId,
    String type,
    WebhookDeliveryStatus deliveryStatus,
    HppSessionId sessionId,
    int limit,
    String startingAfter) {

  public static final int MAX_LIMIT = 100;

  public WebhookEventQuery {
    Objects.requireNonNull(merchantId, "merchantId");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }
}
