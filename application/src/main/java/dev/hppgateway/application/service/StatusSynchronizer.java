package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import java.time.Clock;
import java.util.List;

/**
 * Brings a loaded session in line with what its provider says: read the provider once (outside any
 * transaction) and apply the observation once. When the page is (or becomes) completed and the
 * provider {@link CompletesOrders}, that work (KP order placement, KCO acknowledge) runs first, on
 * a preview of the change, so the order id it yields is saved with the completion and the
 * merchant's {@code hpp_session.completed} webhook carries it. That work is idempotent and so
 * repeated on every sync of a completed page (a KCO push after a lost acknowledge); if it fails,
 * the completion is saved anyway and the work is retried on the next push or sync, and, for a
 * provider that declares a {@link CompletesOrders#completionWindow()}, marked pending on the page
 * for the sweep to retry ({@link OrderFollowUps}). A placed order's authorization token is erased.
 */
final class StatusSynchronizer {
  private final SessionUpdater updater;
  private final Clock clock;

  StatusSynchronizer(SessionUpdater updater, Clock clock) {
    this.updater = updater;
    this.clock = clock;
  }

  HppSession sync(HppSession session, PaymentProvider provider) {
    return save(session, provider, provider.readPage(PageView.of(session)), false);
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
    String token = session.authorizationToken();
    OrderFollowUps.Attempt attempt = completeOrder(session, provider, observation);
    ProviderObservation withOrder = withOrderId(observation, attempt);
    return updater.apply(
        session,
        s -> {
          List<HppSessionEvent> events = s.observe(withOrder, clock.instant());
          if (provider instanceof CompletesOrders completer) {
            OrderFollowUps.record(
                s,
                completer,
                attempt,
                token != null ? token : observation.authorizationToken(),
                clock.instant());
          }
          if (recordCheck) {
            s.confirmedAt(clock.instant());
          }
          return events;
        });
  }

  /** Runs the provider's order work on a preview of the change, when the page is completed. */
  private OrderFollowUps.Attempt completeOrder(
      HppSession session, PaymentProvider provider, ProviderObservation observation) {
    if (!(provider instanceof CompletesOrders completer)) {
      return OrderFollowUps.Attempt.NONE;
    }
    HppSession preview = HppSession.rehydrate(session.snapshot());
    preview.observe(observation, clock.instant());
    if (preview.status() != HppStatus.COMPLETED) {
      return OrderFollowUps.Attempt.NONE;
    }
    return OrderFollowUps.attempt(completer, preview);
  }

  private static ProviderObservation withOrderId(
      ProviderObservation observation, OrderFollowUps.Attempt attempt) {
    if (attempt.orderId().isEmpty() || observation.orderId() != null) {
      return observation;
    }
    return new ProviderObservation(
        observation.normalized(),
        observation.raw(),
        observation.authorizationToken(),
        attempt.orderId().get());
  }
}
