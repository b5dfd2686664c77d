package dev.hppgateway.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code hpp_sessions}. SQL is written at compile time for PostgreSQL; H2 runs it in PostgreSQL
 * mode. The list query with its optional filters is built in {@link JdbcHppSessionRepository}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HppSessionRowRepository extends GenericRepository<HppSessionRow, String> {

  HppSessionRow save(HppSessionRow row);

  /**
   * Writes the row if its version is still the stored one, bumping it; else
   * OptimisticLockException.
   */
  HppSessionRow update(HppSessionRow row);

  Optional<HppSessionRow> findById(String id);

  /**
   * Micronaut Data starts a {@code @Version} at 0 on insert; this keeps a given version instead.
   */
  @Query(value = "UPDATE hpp_sessions SET version = :version WHERE id = :id", nativeQuery = true)
  int restoreVersion(String id, long version);

  @Query(
      value =
          "SELECT * FROM hpp_sessions WHERE provider_id = :providerId"
              + " AND provider_session_id = :providerSessionId ORDER BY created_at DESC, id DESC LIMIT 1",
      nativeQuery = true)
  Optional<HppSessionRow> findByProviderSession(String providerId, String providerSessionId);

  @Query(
      value =
          "SELECT * FROM hpp_sessions WHERE provider_id = :providerId AND payment_ref = :paymentRef"
              + " ORDER BY created_at DESC, id DESC",
      nativeQuery = true)
  List<HppSessionRow> findByPaymentRef(String providerId, String paymentRef);

  // A page the sweep put off is left out until its next check, then queued by the later of its
  // expiry (or last update) and that check, so it goes behind the pages that were never put off.
  @Query(
      value =
          "SELECT * FROM hpp_sessions WHERE status IN (:liveStatuses) AND expires_at <= :now"
              + " AND (next_check_at IS NULL OR next_check_at <= :now)"
              + " AND (sweep_claimed_until IS NULL OR sweep_claimed_until <= :now)"
              + " ORDER BY CASE WHEN next_check_at > expires_at THEN next_check_at"
              + " ELSE expires_at END, id LIMIT :limit",
      nativeQuery = true)
  List<HppSessionRow> findExpired(Collection<String> liveStatuses, Instant now, int limit);

  @Query(
      value =
          "SELECT * FROM hpp_sessions WHERE status IN (:liveStatuses) AND updated_at < :updatedBefore"
              + " AND (next_check_at IS NULL OR next_check_at <= :now)"
              + " AND (sweep_claimed_until IS NULL OR sweep_claimed_until <= :now)"
              + " ORDER BY CASE WHEN next_check_at > updated_at THEN next_check_at"
              + " ELSE updated_at END, id LIMIT :limit",
      nativeQuery = true)
  List<HppSessionRow> findStale(
      Collection<String> liveStatuses, Instant updatedBefore, Instant now, int limit);

  @Query(
      value =
          "SELECT * FROM hpp_sessions WHERE (order_retry_at <= :now"
              + " OR (authorization_token IS NOT NULL AND authorization_expires_at <= :now))"
              + " AND (sweep_claimed_until IS NULL OR sweep_claimed_until <= :now)"
              + " ORDER BY COALESCE(order_retry_at, authorization_expires_at), id LIMIT :limit",
      nativeQuery = true)
  List<HppSessionRow> findOrderFollowUpsDue(Instant now, int limit);

  /**
   * Takes the page for one sweep while it is at the version found and no claim holds it past {@code
   * now}: one statement, so of sweeps claiming at once one gets it (the others wait for its row
   * lock, then find it held). Writes only the claim's columns: the page's version stays.
   */
  @Query(
      value =
          "UPDATE hpp_sessions SET sweep_owner = :owner, sweep_claimed_until = :until"
              + " WHERE id = :id AND version = :version"
              + " AND (sweep_claimed_until IS NULL OR sweep_claimed_until <= :now)",
      nativeQuery = true)
  int claimForSweep(String id, long version, String owner, Instant now, Instant until);

  @Query(
      value =
          "UPDATE hpp_sessions SET sweep_owner = NULL, sweep_claimed_until = NULL"
              + " WHERE id = :id AND sweep_owner = :owner",
      nativeQuery = true)
  int releaseSweepClaim(String id, String owner);
}
