package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.StaleHppSessionException;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionSnapshot;
import dev.hppgateway.domain.HppStatus;
import java.util.List;
import java.util.function.Function;

/**
 * Applies one change to a session the caller has loaded and saves it with its events (to the
 * merchant and to the page's timeline, with the change's {@link HppChangeSource}) in one
 * transaction. Changes are idempotent domain calls, so when another instance saved first
 * (optimistic lock) the change is applied again to a freshly loaded copy; in the usual case the
 * session is loaded once and the change applied once.
 */
final class SessionUpdater {
  static final int MAX_ATTEMPTS = 5;

  private final HppSessionRepository sessions;
  private final SessionEventRecorder recorder;
  private final TransactionRunner transactions;

  SessionUpdater(
      HppSessionRepository sessions,
      SessionEventRecorder recorder,
      TransactionRunner transactions) {
    this.sessions = sessions;
    this.recorder = recorder;
    this.transactions = transactions;
  }

  /**
   * The session after the change, as saved. {@code loaded} is changed in place on the first
   * attempt.
   */
  HppSession apply(
      HppSession loaded,
      HppChangeSource source,
      Function<HppSession, List<HppSessionEvent>> change) {
    HppSessionSnapshot before = loaded.snapshot();
    return save(loaded, before, change.apply(loaded), source, change);
  }

  /**
   * Saves a session the caller already changed ({@code events} are what the change returned);
   * {@code change} is applied again only when another writer saved first.
   */
  HppSession save(
      HppSession changed,
      HppSessionSnapshot before,
      List<HppSessionEvent> events,
      HppChangeSource source,
      Function<HppSession, List<HppSessionEvent>> change) {
    HppSession session = changed;
    List<HppSessionEvent> pending = events;
    HppSessionSnapshot unchanged = before;
    StaleHppSessionException last = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        HppSession current = session;
        List<HppSessionEvent> toPublish = pending;
        HppStatus previous = unchanged.status();
        boolean dirty = !toPublish.isEmpty() || !current.snapshot().equals(unchanged);
        return transactions.inTransaction(
            () -> {
              if (dirty) {
                sessions.update(current);
                recorder.record(current, previous, toPublish, source);
              }
              return current;
            });
      } catch (StaleHppSessionException e) {
        last = e;
        session = reload(changed.id());
        unchanged = session.snapshot();
        pending = change.apply(session);
      }
    }
    throw last;
  }

  private HppSession reload(HppSessionId id) {
    return sessions
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("HPP session " + id + " vanished"));
  }
}
