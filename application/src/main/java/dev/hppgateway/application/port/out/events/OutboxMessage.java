package dev.hppgateway.application.port.out.events;

import dev.hppgateway.domain.MerchantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One webhook to deliver to a merchant. Written in the same transaction as the session change it
 * reports, delivered later with retries, so no event is lost and none is invented.
 */
public record OutboxMessage(
    String eventId,
    MerchantId merchantId,
    String type,
    String payload,
    OutboxState state,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt) {

  public OutboxMessage {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(merchantId, "merchantId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public static OutboxMessage pending(
      String eventId, MerchantId merchant, String type, String payload, Instant now) {
    return new OutboxMessage(
        eventId, merchant, type, payload, OutboxState.PENDING, 0, now, null, now);
  }
}
