package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionCompleted;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppSessionSnapshot;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Brings a loaded session in line with what its provider says: read the provider once (outside any
 * transaction) and apply the observation once. When the page is (or becomes) completed and the
 * provider {@link CompletesOrders}, that work (KP order placement, KCO acknowledge) runs first, on
 * a preview of the change, so the order id it yields is saved with the completion and the
 * merchant's {@code hpp_session.completed} webhook carries it. That work is idempotent and so
 * repeated on every sync of a completed page (a KCO push after a lost acknowledge); if it fails,
 * the completion is saved anyway and, when the provider states how long the order can still be
 * completed ({@link CompletesOrders}), the page is marked so the sweep retries it ({@link
 * OrderFollowUps}). Each call names the {@link HppChangeSource} the caller serves, for the page's
 * timeline.
 */
final class StatusSynchronizer {
  private static final System.Logger LOG = System.getLogger(StatusSynchronizer.class.getName());

  private final SessionUpdater updater;
  private final Clock clock;

  StatusSynchronizer(SessionUpdater updater, Clock clock) {
    this.updater = updater;
    this.clock = clock;
  }

  HppSession sync(HppSession session, PaymentProvider provider, HppChangeSource source) {
    return sync(session, provider, null, source);
  }

  /**
   * A sync after a callback that named one of the page's payments at the provider ({@code
   * paymentRef}, null when none): the reference is kept on the page before the provider is read, so
   * the read asks for that payment, and it is saved with the observation (or alone).
   */
  HppSession sync(
      HppSession session, PaymentProvider provider, String paymentRef, HppChangeSource source) {
    HppSessionSnapshot before = session.snapshot();
    Instant now = clock.instant();
    Consumer<HppSession> prepare =
        paymentRef == null ? s -> {} : s -> s.recordProviderPaymentRef(paymentRef, now);
    prepare.accept(session);
    return save(
        session,
        before,
        prepare,
        provider,
        provider.readPage(PageView.of(session)),
        true,
        false,
        source);
  }

  /** A sync that also records the check when nothing changed (reconciliation sweeps). */
  HppSession reconcile(HppSession session, PaymentProvider provider, HppChangeSource source) {
    return save(
        session,
        session.snapshot(),
        s -> {},
        provider,
        provider.readPage(PageView.of(session)),
        true,
        true,
        source);
  }

  /**
   * Applies an observation the caller already has (the answer to a refund or cancel). It is not a
   * read, so it never reopens a page the gateway ended.
   */
  HppSession apply(
      HppSession session,
      PaymentProvider provider,
      ProviderObservation observation,
      HppChangeSource source) {
    return save(session, session.snapshot(), s -> {}, provider, observation, false, false, source);
  }

  /**
   * Applies the observation to {@code session} (already {@code prepare}d, {@code before} is how it
   * was loaded) and saves it; after an optimistic-lock conflict the fresh copy is prepared and
   * observed again.
   */
  private HppSession save(
      HppSession session,
      HppSessionSnapshot before,
      Consumer<HppSession> prepare,
      PaymentProvider provider,
      ProviderObservation observation,
      boolean read,
      boolean recordCheck,
      HppChangeSource source) {
    String token = session.authorizationToken();
    OrderFollowUps.Attempt attempt = completeOrder(session, provider, observation, read);
    ProviderObservation withOrder = withOrderId(observation, attempt);
    List<HppSessionEvent> applied = new ArrayList<>();
    Function<HppSession, List<HppSessionEvent>> change =
        s -> {
          List<HppSessionEvent> events = observe(s, withOrder, read);
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
          applied.clear();
          applied.addAll(events);
          return events;
        };
    HppSession saved =
        updater.save(
            session,
            before,
            change.apply(session),
            source,
            s -> {
              prepare.accept(s);
              return change.apply(s);
            });
    for (HppSessionEvent event : applied) {
      if (event instanceof HppSessionCompleted completed && completed.late()) {
        // Recorded: the provider's word on money wins. Worth a look all the same.
        LOG.log(
            Level.WARNING,
            "late payment: {0} at {1} was {2} when the provider''s read said {3} ({4})",
            saved.id(),
            saved.providerId(),
            completed.previousStatus(),
            observation.normalized(),
            observation.raw());
      }
    }
    return saved;
  }

  private List<HppSessionEvent> observe(
      HppSession session, ProviderObservation observation, boolean read) {
    return read
        ? session.observeRead(observation, clock.instant())
        : session.observe(observation, clock.instant());
  }

  /** Runs the provider's order work on a preview of the change, when the page is completed. */
  private OrderFollowUps.Attempt completeOrder(
      HppSession session, PaymentProvider provider, ProviderObservation observation, boolean read) {
    if (!(provider instanceof CompletesOrders completer)) {
      return OrderFollowUps.Attempt.NONE;
    }
    HppSession preview = HppSession.rehydrate(session.snapshot());
    observe(preview, observation, read);
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
