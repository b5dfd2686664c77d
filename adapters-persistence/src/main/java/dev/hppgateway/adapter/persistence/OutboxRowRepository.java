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
   * (and then re-reading) the ones the first worker holds; PostgreSQL and H2 both understand it.
   */
  @Query(
      value =
          "SELECT * FROM outbox WHERE state IN ('PENDING', 'IN_FLIGHT') AND next_attempt_at <= :now"
              + " ORDER BY next_attempt_at, event_id LIMIT :limit FOR UPDATE SKIP LOCKED",
      nativeQuery = true)
  List<OutboxRow> lockDue(Instant now, int limit);

  /**
   * Takes one locked row. The due condition is checked again, so a row that another worker took
   * meanwhile (where the lock was not honoured) is not taken twice.
   */
  @Query(
      value =
          "UPDATE outbox SET state = 'IN_FLIGHT', attempts = attempts + 1, next_attempt_at = :leaseUntil"
              + " WHERE event_id = :eventId AND state IN ('PENDING', 'IN_FLIGHT') AND next_attempt_at <= :now",
      nativeQuery = true)
  int take(String eventId, Instant now, Instant leaseUntil);

  @Query(
      value =
          "UPDATE outbox SET state = 'DELIVERED', next_attempt_at = :now WHERE event_id = :eventId",
      nativeQuery = true)
  int markDelivered(String eventId, Instant now);

  @Query(
      value =
          "UPDATE outbox SET state = 'PENDING', next_attempt_at = :nextAttemptAt, last_error = :error"
              + " WHERE event_id = :eventId",
      nativeQuery = true)
  int reschedule(String eventId, String error, Instant nextAttemptAt);

  @Query(
      value = "UPDATE outbox SET state = 'DEAD', last_error = :error WHERE event_id = :eventId",
      nativeQuery = true)
  int markDead(String eventId, String error);
}
