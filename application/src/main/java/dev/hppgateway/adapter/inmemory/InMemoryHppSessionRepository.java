package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.StaleHppSessionException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionSnapshot;
import dev.hppgateway.domain.ProviderId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Sessions in memory, for embedding without a database and for tests. Keeps snapshots, not the live
 * objects, so a caller's unsaved change is never visible to others (as with a database).
 */
public final class InMemoryHppSessionRepository implements HppSessionRepository {
  /** Ties in time are broken by id, as the JDBC store's ORDER BY does, so sweeps are repeatable. */
  private static final Comparator<HppSessionSnapshot> BY_ID =
      Comparator.comparing(s -> s.id().value());

  private static final Comparator<HppSessionSnapshot> NEWEST_FIRST =
      Comparator.comparing(HppSessionSnapshot::createdAt)
          .thenComparing(s -> s.id().value())
          .reversed();

  private final Map<HppSessionId, HppSessionSnapshot> rows = new ConcurrentHashMap<>();

  /** The sweeps' claims, beside the pages: saving a page leaves its claim as it is. */
  private final Map<HppSessionId, SweepClaim> claims = new ConcurrentHashMap<>();

  private record SweepClaim(String owner, Instant until) {}

  @Override
  public void insert(HppSession session) {
    if (rows.putIfAbsent(session.id(), session.snapshot()) != null) {
      throw new IllegalStateException("HPP session " + session.id() + " exists");
    }
  }

  @Override
  public void update(HppSession session) {
    long next = session.version() + 1;
    HppSessionSnapshot changed = withVersion(session.snapshot(), next);
    boolean[] saved = {false};
    rows.computeIfPresent(
        session.id(),
        (id, stored) -> {
          if (stored.version() != session.version()) {
            return stored;
          }
          saved[0] = true;
          return changed;
        });
    if (!saved[0]) {
      throw new StaleHppSessionException(session.id(), session.version());
    }
    session.persistedAs(next);
  }

  @Override
  public Optional<HppSession> findById(HppSessionId id) {
    return Optional.ofNullable(rows.get(id)).map(HppSession::rehydrate);
  }

  @Override
  public Optional<HppSession> findByProviderSessionId(
      ProviderId provider, String providerSessionId) {
    return select(
            s ->
                s.providerId().equals(provider)
                    && s.providerRefs().hppSessionId().equals(providerSessionId))
        .findFirst()
        .map(HppSession::rehydrate);
  }

  @Override
  public List<HppSession> findByPaymentRef(ProviderId provider, String paymentRef) {
    return select(
            s ->
                s.providerId().equals(provider) && s.providerRefs().paymentRef().equals(paymentRef))
        .map(HppSession::rehydrate)
        .toList();
  }

  @Override
  public HppSessionPage list(HppSessionQuery query) {
    // Another merchant's session is no cursor: its position would leak, and the JDBC store ignores
    // it too.
    Optional<HppSessionSnapshot> cursor =
        Optional.ofNullable(query.startingAfter())
            .map(rows::get)
            .filter(c -> c.merchantId().equals(query.merchantId()));
    List<HppSession> matching =
        select(
                s ->
                    s.merchantId().equals(query.merchantId())
                        && (query.merchantReference() == null
                            || query.merchantReference().equals(s.merchantReference()))
                        && (query.status() == null || query.status() == s.status())
                        && (query.provider() == null || query.provider().equals(s.providerId()))
                        && query.createdWithin(s.createdAt())
                        && cursor.map(c -> NEWEST_FIRST.compare(s, c) > 0).orElse(true))
            .limit(query.limit() + 1L)
            .map(HppSession::rehydrate)
            .toList();
    boolean hasMore = matching.size() > query.limit();
    return new HppSessionPage(hasMore ? matching.subList(0, query.limit()) : matching, hasMore);
  }

  @Override
  public List<HppSession> findExpired(Instant now, int limit) {
    return rows.values().stream()
        .filter(
            s ->
                !s.status().isFinal()
                    && !s.expiresAt().isAfter(now)
                    && checkDue(s, now)
                    && unclaimed(s.id(), now))
        .sorted(
            Comparator.comparing((HppSessionSnapshot s) -> queuedAt(s.expiresAt(), s))
                .thenComparing(BY_ID))
        .limit(limit)
        .map(HppSession::rehydrate)
        .toList();
  }

  @Override
  public List<HppSession> findStale(Instant updatedBefore, Instant now, int limit) {
    return rows.values().stream()
        .filter(
            s ->
                !s.status().isFinal()
                    && s.updatedAt().isBefore(updatedBefore)
                    && checkDue(s, now)
                    && unclaimed(s.id(), now))
        .sorted(
            Comparator.comparing((HppSessionSnapshot s) -> queuedAt(s.updatedAt(), s))
                .thenComparing(BY_ID))
        .limit(limit)
        .map(HppSession::rehydrate)
        .toList();
  }

  @Override
  public List<HppSession> claimForSweep(
      List<HppSession> found, String owner, Instant now, Instant until) {
    List<HppSession> taken = new java.util.ArrayList<>();
    for (HppSession page : found) {
      boolean[] claimed = {false};
      claims.compute(
          page.id(),
          (key, held) -> {
            HppSessionSnapshot stored = rows.get(key);
            if (stored == null
                || stored.version() != page.version()
                || (held != null && held.until().isAfter(now))) {
              return held;
            }
            claimed[0] = true;
            return new SweepClaim(owner, until);
          });
      if (claimed[0]) {
        taken.add(page);
      }
    }
    return taken;
  }

  @Override
  public void releaseSweepClaim(HppSessionId id, String owner) {
    claims.computeIfPresent(id, (key, held) -> held.owner().equals(owner) ? null : held);
  }

  /** No sweep holds the page after {@code now}. */
  private boolean unclaimed(HppSessionId id, Instant now) {
    SweepClaim held = claims.get(id);
    return held == null || !held.until().isAfter(now);
  }

  /** The sweep has not put the page off past {@code now}. */
  private static boolean checkDue(HppSessionSnapshot s, Instant now) {
    return s.nextCheckAt() == null || !s.nextCheckAt().isAfter(now);
  }

  /** The later of {@code time} and the page's next check: a page put off goes behind the rest. */
  private static Instant queuedAt(Instant time, HppSessionSnapshot s) {
    return s.nextCheckAt() != null && s.nextCheckAt().isAfter(time) ? s.nextCheckAt() : time;
  }

  @Override
  public List<HppSession> findOrderFollowUpsDue(Instant now, int limit) {
    return rows.values().stream()
        .filter(s -> followUpAt(s) != null && !followUpAt(s).isAfter(now) && unclaimed(s.id(), now))
        .sorted(Comparator.comparing(InMemoryHppSessionRepository::followUpAt).thenComparing(BY_ID))
        .limit(limit)
        .map(HppSession::rehydrate)
        .toList();
  }

  /** The pending order's next attempt, else the end of a held token's lifetime, else null. */
  private static Instant followUpAt(HppSessionSnapshot s) {
    if (s.pendingOrder() != null) {
      return s.pendingOrder().nextAttemptAt();
    }
    return s.authorizationToken() != null ? s.authorizationExpiresAt() : null;
  }

  private Stream<HppSessionSnapshot> select(Predicate<HppSessionSnapshot> filter) {
    return rows.values().stream().filter(filter).sorted(NEWEST_FIRST);
  }

  private static HppSessionSnapshot withVersion(HppSessionSnapshot s, long version) {
    return new HppSessionSnapshot(
        s.id(),
        s.merchantId(),
        s.providerId(),
        s.merchantReference(),
        s.order(),
        s.merchantUrls(),
        s.options(),
        s.shopper(),
        s.status(),
        s.rawStatus(),
        s.providerRefs(),
        s.links(),
        s.expiresAt(),
        s.authorizationToken(),
        s.orderId(),
        s.authorizationExpiresAt(),
        s.pendingOrder(),
        s.callbackSecretHash(),
        s.createdAt(),
        s.updatedAt(),
        version,
        s.providerPaymentRefs(),
        s.nextCheckAt(),
        s.checkAttempts(),
        s.refundedAmount(),
        s.refundCount());
  }
}
