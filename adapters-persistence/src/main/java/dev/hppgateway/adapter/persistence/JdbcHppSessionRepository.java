package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.StaleHppSessionException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderId;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link HppSessionRepository} on {@code hpp_sessions}, optimistic locking on {@code version}. */
@Singleton
public class JdbcHppSessionRepository implements HppSessionRepository {
  /** Statuses a session can still leave: the sweepers look only at these. */
  private static final List<String> LIVE_STATUSES =
      Arrays.stream(HppStatus.values())
          .filter(s -> !s.isFinal() && s != HppStatus.UNKNOWN)
          .map(Enum::name)
          .toList();

  private final HppSessionRowRepository rows;
  private final HppSessionRowMapper mapper;
  private final JdbcOperations jdbc;

  JdbcHppSessionRepository(
      HppSessionRowRepository rows, HppSessionRowMapper mapper, JdbcOperations jdbc) {
    this.rows = rows;
    this.mapper = mapper;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void insert(HppSession session) {
    HppSessionRow saved = rows.save(mapper.toRow(session));
    if (saved.version() != session.version()) {
      // A session restored from elsewhere keeps its version, as the port promises.
      rows.restoreVersion(session.id().value(), session.version());
    }
  }

  @Override
  public void update(HppSession session) {
    HppSessionRow saved;
    try {
      saved = rows.update(mapper.toRow(session));
    } catch (OptimisticLockException e) {
      throw new StaleHppSessionException(session.id(), session.version());
    }
    session.persistedAs(saved.version());
  }

  @Override
  public Optional<HppSession> findById(HppSessionId id) {
    return rows.findById(id.value()).map(mapper::toDomain);
  }

  @Override
  public Optional<HppSession> findByProviderSessionId(
      ProviderId provider, String providerSessionId) {
    return rows.findByProviderSession(provider.value(), providerSessionId).map(mapper::toDomain);
  }

  @Override
  public List<HppSession> findByPaymentRef(ProviderId provider, String paymentRef) {
    return rows.findByPaymentRef(provider.value(), paymentRef).stream()
        .map(mapper::toDomain)
        .toList();
  }

  /**
   * Keyset paging: the cursor session's (created_at, id) bounds the page, so a page costs the same
   * however deep it is and sessions created meanwhile never shift it. One row more than asked tells
   * whether another page exists. An unknown cursor (or another merchant's) pages from the top, as
   * the in-memory store does. The creation window (from inclusive, before exclusive) is compared at
   * the stored precision.
   */
  @Override
  @Transactional(readOnly = true)
  public HppSessionPage list(HppSessionQuery query) {
    Optional<HppSessionRow> cursor =
        Optional.ofNullable(query.startingAfter())
            .flatMap(id -> rows.findById(id.value()))
            .filter(row -> row.merchantId().equals(query.merchantId().value()));
    StringBuilder sql = new StringBuilder("SELECT * FROM hpp_sessions WHERE merchant_id = ?");
    List<Object> args = new ArrayList<>();
    args.add(query.merchantId().value());
    if (query.merchantReference() != null) {
      sql.append(" AND merchant_reference = ?");
      args.add(query.merchantReference());
    }
    if (query.status() != null) {
      sql.append(" AND status = ?");
      args.add(query.status().name());
    }
    if (query.provider() != null) {
      sql.append(" AND provider_id = ?");
      args.add(query.provider().value());
    }
    if (query.createdFrom() != null) {
      sql.append(" AND created_at >= ?");
      args.add(StoredInstant.of(query.createdFrom()));
    }
    if (query.createdBefore() != null) {
      sql.append(" AND created_at < ?");
      args.add(StoredInstant.of(query.createdBefore()));
    }
    if (cursor.isPresent()) {
      // a row comparison, not "a < ? OR (a = ? AND b < ?)": PostgreSQL then starts the scan of
      // (merchant_id, created_at, id) at the cursor instead of filtering every newer row
      sql.append(" AND (created_at, id) < (?, ?)");
      args.add(cursor.get().createdAt());
      args.add(cursor.get().id());
    }
    sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
    args.add(query.limit() + 1);

    List<HppSessionRow> found =
        NativeRows.select(jdbc, sql.toString(), args, HppSessionRow.class, "listing HPP sessions");
    boolean hasMore = found.size() > query.limit();
    List<HppSessionRow> page = hasMore ? found.subList(0, query.limit()) : found;
    return new HppSessionPage(page.stream().map(mapper::toDomain).toList(), hasMore);
  }

  @Override
  public List<HppSession> findExpired(Instant now, int limit) {
    return rows.findExpired(LIVE_STATUSES, StoredInstant.of(now), limit).stream()
        .map(mapper::toDomain)
        .toList();
  }

  @Override
  public List<HppSession> findStale(Instant updatedBefore, Instant now, int limit) {
    return rows
        .findStale(LIVE_STATUSES, StoredInstant.of(updatedBefore), StoredInstant.of(now), limit)
        .stream()
        .map(mapper::toDomain)
        .toList();
  }

  @Override
  public List<HppSession> findOrderFollowUpsDue(Instant now, int limit) {
    return rows.findOrderFollowUpsDue(StoredInstant.of(now), limit).stream()
        .map(mapper::toDomain)
        .toList();
  }

  /**
   * Each page is taken by a statement of its own (autocommit), so a claim holds no lock beyond its
   * row's update and sweeps on other instances move on to other pages.
   */
  @Override
  public List<HppSession> claimForSweep(
      List<HppSession> found, String owner, Instant now, Instant until) {
    Instant at = StoredInstant.of(now);
    Instant end = StoredInstant.of(until);
    List<HppSession> taken = new ArrayList<>();
    for (HppSession page : found) {
      if (rows.claimForSweep(page.id().value(), page.version(), owner, at, end) == 1) {
        taken.add(page);
      }
    }
    return taken;
  }

  @Override
  public void releaseSweepClaim(HppSessionId id, String owner) {
    rows.releaseSweepClaim(id.value(), owner);
  }
}
