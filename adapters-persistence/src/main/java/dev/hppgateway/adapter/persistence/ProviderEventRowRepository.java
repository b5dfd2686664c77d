package dev.hppgateway.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** {@code provider_events}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProviderEventRowRepository
    extends GenericRepository<ProviderEventRow, ProviderEventRow.Key> {

  @Query(
      value =
          "SELECT COUNT(*) > 0 FROM provider_events WHERE provider_id = :providerId AND event_id = :eventId",
      nativeQuery = true)
  boolean exists(String providerId, String eventId);

  /** 1 when recorded now, 0 when it was recorded before; never a duplicate-key error. */
  @Query(
      value =
          "INSERT INTO provider_events (provider_id, event_id, handled_at) VALUES (:providerId, :eventId, :now)"
              + " ON CONFLICT DO NOTHING",
      nativeQuery = true)
  int insertIfAbsent(String providerId, String eventId, Instant now);
}
