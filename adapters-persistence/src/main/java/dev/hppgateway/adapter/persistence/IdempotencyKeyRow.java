package dev.hppgateway.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * One row of {@code idempotency_keys}; {@code sessionId} is set once the request completed, {@code
 * ownerToken} names the request that claimed it (null for keys claimed before V7).
 */
@MappedEntity("idempotency_keys")
record IdempotencyKeyRow(
    @EmbeddedId Key id,
    String requestHash,
    String state,
    @Nullable String sessionId,
    Instant createdAt,
    Instant expiresAt,
    @Nullable String ownerToken) {

  static final String IN_PROGRESS = "IN_PROGRESS";
  static final String COMPLETED = "COMPLETED";

  @Embeddable
  record Key(
      @MappedProperty("merchant_id") String merchantId,
      @MappedProperty("idempotency_key") String idempotencyKey) {}
}
