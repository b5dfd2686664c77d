package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.events.EventPublisher;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.StaleHppSessionException;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionSnapshot;
import java.util.List;
import java.util.function.Function;

/**
 * Applies one change to a stored session: load, change, save with its events in one transaction.
 * Changes are idempotent domain calls, so when another instance saved first (optimistic lock) the
 * change is simply applied again to the fresh copy.
 */
public final class SessionUpdater {
  static final int MAX_ATTEMPTS = 5;

  private final HppSessionRepository sessions;
  private final EventPublisher publisher;
  private final TransactionRunner transactions;

  public SessionUpdater(HppSessionRepository sessions, EventPublisher publisher, TransactionRunner transactions) {
    this.sessions = sessions;
    this.publisher = publisher;
    this.transactions = transactions;
  }

  /** The session after the change, as saved. */
  HppSession apply(HppSessionId id, Function<HppSession, List<HppSessionEvent>> change) {
    StaleHppSessionException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        return transactions.inTransaction(() -> applyOnce(id, change));
      } catch (StaleHppSessionException e) {
        last = e;
      }
    }
    throw last;
  }

  private HppSession applyOnce(HppSessionId id, Function<HppSession, List<HppSessionEvent>> change) {
    HppSession session = sessions.findById(id)
        .orElseThrow(() -> new IllegalStateException("HPP session " + id + " vanished"));
    HppSessionSnapshot before = session.snapshot();
    List<HppSessionEvent> events = change.apply(session);
    if (!events.isEmpty() || !session.snapshot().equals(before)) {
      sessions.update(session);
      if (!events.isEmpty()) {
        publisher.publish(session, events);
      }
    }
    return session;
  }
}
