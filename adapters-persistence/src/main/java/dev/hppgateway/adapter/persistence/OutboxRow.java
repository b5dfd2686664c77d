package dev.hppgateway.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One row of {@code outbox}; {@code sessionId} and {@code sequenceNo} are null on rows written
 * before V7, {@code claimToken} until the first claim.
 */
@MappedEntity("outbox")
record OutboxRow(
    @Id String eventId,
    String merchantId,
    String type,
    String payload,
    String state,
    int attempts,
    Instant nextAttemptAt,
    @Nullable String lastError,
    Instant createdAt,
    @Nullable String sessionId,
    @Nullable Long sequenceNo,
    @Nullable String claimToken) {

  @Override
  public String toString() {
    // The payload may carry an authorization token: it stays out of logs.
    return "OutboxRow["
        + eventId
        + ", merchant="
        + merchantId
        + ", session="
        + sessionId
        + ", sequence="
        + sequenceNo
        + ", type="
        + type
        + ", state="
        + state
        + ", attempts="
        + attempts
        + "]";
  }
}
