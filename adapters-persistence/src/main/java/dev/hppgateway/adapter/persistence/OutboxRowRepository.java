package dev.hppgateway.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code outbox}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRowRepository extends GenericRepository<OutboxRow, String> {

  OutboxRow save(OutboxRow row);

  Optional<OutboxRow> findById(String eventId);

  /**
   * Locks the due rows. SKIP LOCKED lets a second worker take the next rows instead of waiting for
   * (and then re-reading) the ones the first worker holds; PostgreSQL and H2 both understand it. A
   * row waits while an earlier event of its session is pending or in flight, so a session's events
   * go out one at a time in their sequence (an event once delivered or dead never becomes pending
   * again by itself, so a claim never sees an earlier event as finished too soon; a redelivery by
   * the merchant makes one pending again, which only holds the later ones back once more). Equally
   * due rows go in the order they were recorded; the event id (random) only breaks ties within one
   * instant.
   */
  @Query(
      value =
          "SELECT * FROM outbox WHERE state IN ('PENDING', 'IN_FLIGHT') AND next_attempt_at <= :now"
              + " AND NOT EXISTS (SELECT 1 FROM outbox earlier WHERE earlier.session_id = outbox.session_id"
              + " AND earlier.sequence_no < outbox.sequence_no AND earlier.state IN ('PENDING', 'IN_FLIGHT'))"
              + " ORDER BY next_attempt_at, created_at, event_id LIMIT :limit FOR UPDATE SKIP LOCKED",
      nativeQuery = true)
  List<OutboxRow> lockDue(Instant now, int limit);

  /**
   * Takes one locked row. The due condition is checked again, so a row that another worker took
   * meanwhile (where the lock was not honoured) is not taken twice.
   */
  @Query(
      value =
          "UPDATE outbox SET state = 'IN_FLIGHT', attempts = attempts + 1, next_attempt_at = :leaseUntil,"
              + " claim_token = :claimToken"
              + " WHERE event_id = :eventId AND state IN ('PENDING', 'IN_FLIGHT') AND next_attempt_at <= :now",
      nativeQuery = true)
  int take(String eventId, String claimToken, Instant now, Instant leaseUntil);

  /** 0 when the session has no message. */
  @Query(
      value = "SELECT COALESCE(MAX(sequence_no), 0) FROM outbox WHERE session_id = :sessionId",
      nativeQuery = true)
  long lastSequence(String sessionId);

  /** The updates that finish a claim change the row only while that claim still holds it. */
  @Query(
      value =
          "UPDATE outbox SET state = 'DELIVERED', next_attempt_at = :now WHERE event_id = :eventId"
              + " AND state = 'IN_FLIGHT' AND claim_token = :claimToken",
      nativeQuery = true)
  int markDelivered(String eventId, String claimToken, Instant now);

  @Query(
      value =
          "UPDATE outbox SET state = 'PENDING', next_attempt_at = :nextAttemptAt, last_error = :error"
              + " WHERE event_id = :eventId AND state = 'IN_FLIGHT' AND claim_token = :claimToken",
      nativeQuery = true)
  int reschedule(String eventId, String claimToken, String error, Instant nextAttemptAt);

  @Query(
      value =
          "UPDATE outbox SET state = 'DEAD', last_error = :error WHERE event_id = :eventId"
              + " AND state = 'IN_FLIGHT' AND claim_token = :claimToken",
      nativeQuery = true)
  int markDead(String eventId, String claimToken, String error);

  /** The merchant's row; empty when unknown or another merchant's. */
  @Query(
      value = "SELECT * FROM outbox WHERE event_id = :eventId AND merchant_id = :merchantId",
      nativeQuery = true)
  Optional<OutboxRow> findForMerchant(String eventId, String merchantId);

  /**
   * Makes a finished or pending row due at {@code now} (a pending one's next attempt only comes
   * forward); a row in flight is left to its claim.
   */
  @Query(
      value =
          "UPDATE outbox SET state = 'PENDING', next_attempt_at = CASE WHEN state = 'PENDING'"
              + " AND next_attempt_at < :now THEN next_attempt_at ELSE :now END"
              + " WHERE event_id = :eventId AND merchant_id = :merchantId AND state <> 'IN_FLIGHT'",
      nativeQuery = true)
  int redeliver(String eventId, String merchantId, Instant now);

  /**
   * Deletes up to {@code batchSize} delivered or dead rows finished before the cutoff, but never a
   * session's newest row (its sequence number must not be handed out again). The outer condition is
   * checked again on each row, so a row redelivered meanwhile stays.
   */
  @Query(
      value =
          "DELETE FROM outbox WHERE state IN ('DELIVERED', 'DEAD') AND next_attempt_at < :cutoff"
              + " AND event_id IN (SELECT o.event_id FROM outbox o"
              + " WHERE o.state IN ('DELIVERED', 'DEAD') AND o.next_attempt_at < :cutoff"
              + " AND (o.session_id IS NULL OR EXISTS (SELECT 1 FROM outbox later"
              + " WHERE later.session_id = o.session_id AND later.sequence_no > o.sequence_no))"
              + " ORDER BY o.next_attempt_at LIMIT :batchSize)",
      nativeQuery = true)
  int deleteFinishedBefore(Instant cutoff, int batchSize);

  /** A merchant's pending rows given up on; in-flight rows stay their claim's. */
  @Query(
      value =
          "UPDATE outbox SET state = 'DEAD', last_error = :reason WHERE merchant_id = :merchantId"
              + " AND state = 'PENDING'",
      nativeQuery = true)
  int abandonPending(String merchantId, String reason);
}
