package dev.hppgateway.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** {@code idempotency_keys}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyKeyRowRepository
    extends GenericRepository<IdempotencyKeyRow, IdempotencyKeyRow.Key> {

  /**
   * Inserts the key unless it exists: 1 when this call claimed it. ON CONFLICT DO NOTHING never
   * aborts the surrounding PostgreSQL transaction, unlike a caught duplicate-key error; H2 accepts
   * it in PostgreSQL mode.
   */
  @Query(
      value =
          "INSERT INTO idempotency_keys (merchant_id, idempotency_key, request_hash, state, session_id,"
              + " created_at, expires_at, owner_token)"
              + " VALUES (:merchantId, :key, :requestHash, 'IN_PROGRESS', NULL, :now, :expiresAt, :owner)"
              + " ON CONFLICT DO NOTHING",
      nativeQuery = true)
  int insertIfAbsent(
      String merchantId,
      String key,
      String owner,
      String requestHash,
      Instant now,
      Instant expiresAt);

  /**
   * Takes over an expired key: 1 when this call won it (the expiry is checked under the row lock).
   */
  @Query(
      value =
          "UPDATE idempotency_keys SET request_hash = :requestHash, state = 'IN_PROGRESS', session_id = NULL,"
              + " created_at = :now, expires_at = :expiresAt, owner_token = :owner"
              + " WHERE merchant_id = :merchantId AND idempotency_key = :key AND expires_at <= :now",
      nativeQuery = true)
  int takeOverExpired(
      String merchantId,
      String key,
      String owner,
      String requestHash,
      Instant now,
      Instant expiresAt);

  @Query(
      value =
          "SELECT * FROM idempotency_keys WHERE merchant_id = :merchantId AND idempotency_key = :key",
      nativeQuery = true)
  Optional<IdempotencyKeyRow> find(String merchantId, String key);

  /** Completes the key: 1 when {@code owner} still held the unfinished claim. */
  @Query(
      value =
          "UPDATE idempotency_keys SET state = 'COMPLETED', session_id = :sessionId, expires_at = :expiresAt"
              + " WHERE merchant_id = :merchantId AND idempotency_key = :key"
              + " AND state = 'IN_PROGRESS' AND owner_token = :owner",
      nativeQuery = true)
  int complete(String merchantId, String key, String owner, String sessionId, Instant expiresAt);

  /** Frees the key: 1 when {@code owner} still held the unfinished claim. */
  @Query(
      value =
          "DELETE FROM idempotency_keys WHERE merchant_id = :merchantId AND idempotency_key = :key"
              + " AND state = 'IN_PROGRESS' AND owner_token = :owner",
      nativeQuery = true)
  int release(String merchantId, String key, String owner);

  /**
   * Deletes up to {@code batchSize} keys that expired before the cutoff; the expiry is checked
   * again on each row, so a key claimed anew meanwhile stays.
   */
  @Query(
      value =
          "DELETE FROM idempotency_keys WHERE expires_at < :cutoff AND (merchant_id, idempotency_key) IN"
              + " (SELECT k.merchant_id, k.idempotency_key FROM idempotency_keys k"
              + " WHERE k.expires_at < :cutoff ORDER BY k.expires_at LIMIT :batchSize)",
      nativeQuery = true)
  int deleteExpiredBefore(Instant cutoff, int batchSize);
}
