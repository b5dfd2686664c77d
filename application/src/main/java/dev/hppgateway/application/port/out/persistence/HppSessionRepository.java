package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.ProviderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores sessions with optimistic locking on {@link HppSession#version()}. */
public interface HppSessionRepository {

  /** Saves a new session; its version stays as given. */
  void insert(HppSession session);

  /**
   * Saves a changed session if nobody saved it since it was loaded, then calls {@link
   * HppSession#persistedAs} with the new version.
   *
   * @throws StaleHppSessionException when the stored version differs
   */
  void update(HppSession session);

  Optional<HppSession> findById(HppSessionId id);

  /** By the provider's HPP session id (Klarna/Kustom session id, Optty link id). */
  Optional<HppSession> findByProviderSessionId(ProviderId provider, String providerSessionId);

  /** By the payment behind the page (KP session, KCO order, Optty invoice number); newest first. */
  List<HppSession> findByPaymentRef(ProviderId provider, String paymentRef);

  /** Newest first (created_at, id descending), filtered, after the cursor; never OFFSET. */
  HppSessionPage list(HppSessionQuery query);

  /**
   * Sessions not in a final status whose expiry is at or before {@code now} and that the sweep has
   * not put off past {@code now} ({@link HppSession#nextCheckAt()}). Queued by the later of the
   * expiry and the next check, oldest first, then by id: a page put off goes behind the rest, so
   * pages whose provider cannot be read never starve a batch.
   */
  List<HppSession> findExpired(Instant now, int limit);

  /**
   * Sessions not in a final status, not updated since {@code updatedBefore}: their callbacks may
   * have gone missing, so the sweeper reads the provider. Pages put off past {@code now} are left
   * out; queued by the later of the last update and the next check, least recent first, then by id.
   */
  List<HppSession> findStale(Instant updatedBefore, Instant now, int limit);

  /**
   * Sessions with order work due at {@code now}, whatever their status: a pending order whose next
   * attempt is at or before {@code now}, or an authorization token whose lifetime ended at or
   * before {@code now}. Soonest first (the next attempt, else the token's end), then by id.
   */
  List<HppSession> findOrderFollowUpsDue(Instant now, int limit);
}
