package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.PaymentProvider;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Brings a stored session in line with what its provider says: read the provider (outside any
 * transaction), apply the observation, and run the provider's after-completion work (KP order
 * placement, KCO acknowledge), which is idempotent and so repeated on every sync of a completed page.
 */
public final class StatusSynchronizer {
  private static final System.Logger LOG = System.getLogger(StatusSynchronizer.class.getName());

  private final SessionUpdater updater;
  private final Clock clock;

  public StatusSynchronizer(SessionUpdater updater, Clock clock) {
    this.updater = updater;
    this.clock = clock;
  }

  HppSession sync(HppSession session, PaymentProvider provider) {
    ProviderObservation observation = provider.fetchStatus(session);
    return apply(session, provider, observation);
  }

  HppSession apply(HppSession session, PaymentProvider provider, ProviderObservation observation) {
    HppSession updated = updater.apply(session.id(), s -> s.observe(observation, clock.instant())).session();
    if (updated.status() == HppStatus.COMPLETED) {
      updated = followUp(updated, provider);
    }
    return updated;
  }

  private HppSession followUp(HppSession session, PaymentProvider provider) {
    Optional<String> orderId;
    try {
      orderId = provider.afterCompleted(session);
    } catch (RuntimeException e) {
      // The page is paid either way; the follow-up is retried on the provider's next push or sync.
      LOG.log(Level.WARNING, "after-completion work failed for {0}: {1}", session.id(), e.getMessage());
      return session;
    }
    if (orderId.isEmpty() || orderId.get().equals(session.orderId())) {
      return session;
    }
    String placed = orderId.get();
    return updater.apply(session.id(), s -> {
      s.recordOrderId(placed, clock.instant());
      return List.of();
    }).session();
  }
}
