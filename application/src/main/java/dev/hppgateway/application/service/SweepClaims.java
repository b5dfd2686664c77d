package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.domain.HppSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The claims of one sweep run: an owner token of its own (random, so a run whose claims ran out
 * cannot release pages another run took since) and one end for all its claims.
 */
final class SweepClaims {
  private final HppSessionRepository sessions;
  private final Clock clock;
  private final String owner = UUID.randomUUID().toString();
  private final Instant until;

  SweepClaims(HppSessionRepository sessions, Clock clock, Instant until) {
    this.sessions = sessions;
    this.clock = clock;
    this.until = until;
  }

  /** Of the pages found, those this run now holds: unchanged since found, held by no other. */
  List<HppSession> take(List<HppSession> found, Instant now) {
    return found.isEmpty() ? found : sessions.claimForSweep(found, owner, now, until);
  }

  /** Whether the claims still hold: a page reached after they ran out is left alone. */
  boolean stillHeld() {
    return clock.instant().isBefore(until);
  }

  void release(HppSession page) {
    sessions.releaseSweepClaim(page.id(), owner);
  }
}
