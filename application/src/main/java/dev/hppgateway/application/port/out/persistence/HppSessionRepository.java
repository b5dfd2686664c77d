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
   * pages whose provider cannot be read never starve a batch. Pages another sweep holds ({@link
   * #claimForSweep}) until after {@code now} are left out.
   */
  List<HppSession> findExpired(Instant now, int limit);

  /**
   * Sessions not in a final status, not updated since {@code updatedBefore}: their callbacks may
   * have gone missing, so the sweeper reads the provider. Pages put off past {@code now} are left
   * out, and so are pages another sweep holds until after {@code now}; queued by the later of the
   * last update and the next check, least recent first, then by id.
   */
  List<HppSession> findStale(Instant updatedBefore, Instant now, int limit);

  /**
   * Sessions with order work due at {@code now}, whatever their status: a pending order whose next
   * attempt is at or before {@code now}, or an authorization token whose lifetime ended at or
   * before {@code now}. Soonest first (the next attempt, else the token's end), then by id. Pages
   * another sweep holds until after {@code now} are left out.
   */
  List<HppSession> findOrderFollowUpsDue(Instant now, int limit);

  /**
   * Takes pages for one sweep, so that sweeps on several instances never handle one page at the
   * same time: each page of {@code found} that is still as found (its stored version is the one
   * found: no sweep or callback changed it since) and that no sweep holds (never claimed, released,
   * or held only until {@code now} or earlier) is from now on held by {@code owner} until {@code
   * until}. The claim is atomic per page: of sweeps claiming one page at once, one gets it; a page
   * another sweep handled (and saved) meanwhile is not taken again. A claim lives beside the page,
   * not in it: saving the page neither ends nor moves it, nor does it change the page's version.
   *
   * @return the pages taken, as found, in the order of {@code found}
   */
  List<HppSession> claimForSweep(List<HppSession> found, String owner, Instant now, Instant until);

  /** Ends {@code owner}'s claim on the page; a claim another owner holds stays as it is. */
  void releaseSweepClaim(HppSessionId id, String owner);
}
