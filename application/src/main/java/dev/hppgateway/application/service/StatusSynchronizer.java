package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppSessionSnapshot;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Brings a loaded session in line with what its provider says: read the provider once (outside any
 * transaction) and apply the observation once. When the page is (or becomes) completed and the
 * provider {@link CompletesOrders}, that work (KP order placement, KCO acknowledge) runs first, on
 * a preview of the change, so the order id it yields is saved with the completion and the
 * merchant's {@code hpp_session.completed} webhook carries it. That work is idempotent and so
 * repeated on every sync of a completed page (a KCO push after a lost acknowledge); if it fails,
 * the completion is saved anyway and the work is retried on the next push or sync.
 */
final class StatusSynchronizer {
  private static final System.Logger LOG = System.getLogger(StatusSynchronizer.class.getName());

  private final SessionUpdater updater;
  private final Clock clock;

  StatusSynchronizer(SessionUpdater updater, Clock clock) {
    this.updater = updater;
    this.clock = clock;
  }

  HppSession sync(HppSession session, PaymentProvider provider) {
    return save(session, provider, provider.readPage(PageView.of(session)), false);
  }

  /**
   * A sync after a callback that named one of the page's payments at the provider ({@code
   * paymentRef}, null when none): the reference is kept on the page before the provider is read, so
   * the read asks for that payment, and it is saved with the observation (or alone).
   */
  HppSession sync(HppSession session, PaymentProvider provider, String paymentRef) {
    if (paymentRef == null) {
      return sync(session, provider);
    }
    HppSessionSnapshot before = session.snapshot();
    Instant now = clock.instant();
    session.recordProviderPaymentRef(paymentRef, now);
    ProviderObservation observation =
        withFollowUp(session, provider, provider.readPage(PageView.of(session)));
    return updater.save(
        session,
        before,
        session.observe(observation, clock.instant()),
        s -> {
          s.recordProviderPaymentRef(paymentRef, now);
          return s.observe(observation, clock.instant());
        });
  }

  /** A sync that also records the check when nothing changed (reconciliation sweeps). */
  HppSession reconcile(HppSession session, PaymentProvider provider) {
    return save(session, provider, provider.readPage(PageView.of(session)), true);
  }

  /** Applies an observation the caller already has (the answer to a refund or cancel). */
  HppSession apply(HppSession session, PaymentProvider provider, ProviderObservation observation) {
    return save(session, provider, observation, false);
  }

  private HppSession save(
      HppSession session,
      PaymentProvider provider,
      ProviderObservation observation,
      boolean recordCheck) {
    ProviderObservation withOrder = withFollowUp(session, provider, observation);
    return updater.apply(
        session,
        s -> {
          List<HppSessionEvent> events = s.observe(withOrder, clock.instant());
          if (recordCheck) {
            s.confirmedAt(clock.instant());
          }
          return events;
        });
  }

  private ProviderObservation withFollowUp(
      HppSession session, PaymentProvider provider, ProviderObservation observation) {
    if (!(provider instanceof CompletesOrders completer)) {
      return observation;
    }
    HppSession preview = HppSession.rehydrate(session.snapshot());
    preview.observe(observation, clock.instant());
    if (preview.status() != HppStatus.COMPLETED) {
      return observation;
    }
    Optional<String> orderId;
    try {
      orderId = completer.completeOrder(PageView.of(preview));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "completing the order failed for {0}: {1}", session.id(), e.getMessage());
      return observation;
    }
    if (orderId.isEmpty() || observation.orderId() != null) {
      return observation;
    }
    return new ProviderObservation(
        observation.normalized(),
        observation.raw(),
        observation.authorizationToken(),
        orderId.get());
  }
}
