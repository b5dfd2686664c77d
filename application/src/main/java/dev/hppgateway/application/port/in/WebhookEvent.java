package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Instant;
import java.util.Objects;

/**
 * A webhook event as the merchant may see it: its identity and delivery, without the payload (the
 * payload may carry an authorization token; the page itself is read with its session id).
 *
 * @param sessionId null on events written before sessions were numbered (then {@code sequence} is
 *     0)
 * @param nextAttemptAt when it is (re)tried next; null once delivered or dead
 * @param lastError why the last failed attempt failed, null if none failed
 */
public record WebhookEvent(
    String id,
    MerchantId merchantId,
    HppSessionId sessionId,
    long sequence,
    String type,
    WebhookDeliveryStatus deliveryStatus,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt) {

  public WebhookEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(merchantId, "merchantId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(deliveryStatus, "deliveryStatus");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
