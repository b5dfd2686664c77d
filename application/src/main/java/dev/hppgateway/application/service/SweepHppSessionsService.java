package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.SweepHppSessionsUseCase;
import dev.hppgateway.application.port.in.SweepReport;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Expires overdue pages and reconciles quiet ones. A page is marked EXPIRED only once the provider
 * confirms it can no longer be paid: its read says so, or it turned the page off ({@link
 * DisablesPages}). A provider that cannot turn pages off (Optty) gets the page read until it
 * answers a final state; once the expiry plus {@link GatewaySettings#expiryGrace()} has passed with
 * no order in progress, the gateway expires it. A page with an order in progress is never expired
 * here. A page the sweep cannot settle (unreadable provider, order in progress) is put off with a
 * persisted backoff ({@link HppSession#deferCheck}) and queued behind the rest, so it never starves
 * a batch: the first retry waits only for the rest of the queue, then the pause doubles from a
 * minute up to {@link GatewaySettings#reconcileAfter()}.
 */
final class SweepHppSessionsService implements SweepHppSessionsUseCase {
  private static final System.Logger LOG =
      System.getLogger(SweepHppSessionsService.class.getName());
  private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);

  /**
   * How long a sweep holds the pages it claimed: far longer than handling a batch takes (provider
   * calls time out in seconds). Should an instance die mid-sweep, its pages are free again after
   * this; a page reached only after its claim ran out is left for the next sweep.
   */
  static final Duration LEASE = Duration.ofMinutes(10);

  private final HppSessionRepository sessions;
  private final PaymentProviderRegistry providers;
  private final StatusSynchronizer synchronizer;
  private final SessionUpdater updater;
  private final Clock clock;
  private final GatewaySettings settings;
  private final OrderFollowUps orders;

  SweepHppSessionsService(
      HppSessionRepository sessions,
      PaymentProviderRegistry providers,
      StatusSynchronizer synchronizer,
      SessionUpdater updater,
      Clock clock,
      GatewaySettings settings) {
    this.sessions = sessions;
    this.providers = providers;
    this.synchronizer = synchronizer;
    this.updater = updater;
    this.clock = clock;
    this.settings = settings;
    this.orders = new OrderFollowUps(sessions, providers, updater, clock);
  }

  /**
   * Each page is claimed in the store before it is handled and released right after ({@link
   * SweepClaims}), so sweeps running at once on several instances never handle one page together.
   */
  @Override
  public SweepReport expire(int batchSize) {
    Instant now = clock.instant();
    SweepClaims claims = new SweepClaims(sessions, clock, now.plus(LEASE));
    int expired = 0;
    int reconciled = 0;
    int failed = 0;
    for (HppSession session : claims.take(sessions.findExpired(now, batchSize), now)) {
      try {
        if (!claims.stillHeld()) {
          continue;
        }
        switch (expire(session)) {
          case EXPIRED -> expired++;
          case SETTLED -> reconciled++;
          default -> failed++;
        }
      } finally {
        claims.release(session);
      }
    }
    int[] orderWork = orders.run(batchSize, claims);
    return new SweepReport(expired, reconciled + orderWork[0], failed + orderWork[1]);
  }

  @Override
  public SweepReport reconcile(int batchSize) {
    Instant now = clock.instant();
    SweepClaims claims = new SweepClaims(sessions, clock, now.plus(LEASE));
    int reconciled = 0;
    int failed = 0;
    for (HppSession session :
        claims.take(
            sessions.findStale(now.minus(settings.reconcileAfter()), now, batchSize), now)) {
      try {
        if (!claims.stillHeld()) {
          continue;
        }
        if (trySync(session).isPresent()) {
          reconciled++;
        } else {
          failed++;
        }
      } finally {
        claims.release(session);
      }
    }
    return new SweepReport(0, reconciled, failed);
  }

  private enum Expiry {
    EXPIRED,
    SETTLED,
    LEFT_FOR_NEXT_SWEEP
  }

  /**
   * A page past its expiry is read first (the shopper may have paid and the callback been lost),
   * then, if still open at the provider, turned off there before it is reported expired: the
   * merchant may have asked for an earlier expiry than the provider's, and a page the merchant is
   * told expired must not take a payment. A provider that refuses (the page completed in between)
   * is read again.
   */
  private Expiry expire(HppSession session) {
    Optional<PaymentProvider> provider = providers.find(session.providerId());
    Optional<HppSession> synced = trySync(session);
    if (provider.isEmpty() || synced.isEmpty()) {
      return Expiry.LEFT_FOR_NEXT_SWEEP;
    }
    if (synced.get().isFinal()) {
      // the provider's read says how the page ended: expired there, or paid, disabled, ...
      return synced.get().status() == HppStatus.EXPIRED ? Expiry.EXPIRED : Expiry.SETTLED;
    }
    if (!(provider.get() instanceof DisablesPages disabler)) {
      return expireUnlessPayable(synced.get());
    }
    try {
      disabler.disablePage(PageView.of(synced.get()));
    } catch (ProviderRejectedException e) {
      Optional<HppSession> again = trySync(synced.get());
      if (again.isPresent() && again.get().isFinal()) {
        return Expiry.SETTLED;
      }
      again.ifPresent(this::putOff);
      return Expiry.LEFT_FOR_NEXT_SWEEP;
    } catch (ProviderException e) {
      LOG.log(
          Level.WARNING,
          "could not turn off overdue {0} at {1}: {2}",
          session.id(),
          session.providerId(),
          e.getMessage());
      putOff(synced.get());
      return Expiry.LEFT_FOR_NEXT_SWEEP;
    }
    HppSession after =
        updater.apply(synced.get(), HppChangeSource.SWEEP, s -> s.expireIfDue(clock.instant()));
    return after.status() == HppStatus.EXPIRED ? Expiry.EXPIRED : Expiry.SETTLED;
  }

  /**
   * The provider cannot turn the page off and its read says it is still open: an order in progress
   * keeps it open for as long as the provider says so; without one, the page expires once its
   * expiry plus the grace period has passed. Until then it is read again with backoff.
   */
  private Expiry expireUnlessPayable(HppSession open) {
    Instant now = clock.instant();
    boolean graceOver = !now.isBefore(open.expiresAt().plus(settings.expiryGrace()));
    if (graceOver && open.status() != HppStatus.IN_PROGRESS) {
      HppSession after = updater.apply(open, HppChangeSource.SWEEP, s -> s.expireIfDue(now));
      return after.status() == HppStatus.EXPIRED ? Expiry.EXPIRED : Expiry.SETTLED;
    }
    putOff(open);
    return Expiry.SETTLED;
  }

  /** Not looked at again before the backoff is over; persisted with the page. */
  private HppSession putOff(HppSession session) {
    return updater.apply(
        session,
        HppChangeSource.SWEEP,
        s -> {
          s.deferCheck(clock.instant().plus(pause(s.checkAttempts())));
          return List.of();
        });
  }

  /** None before the first retry (the page just goes behind the queue), then doubling, capped. */
  private Duration pause(int attempts) {
    if (attempts == 0) {
      return Duration.ZERO;
    }
    Duration cap =
        settings.reconcileAfter().compareTo(FIRST_PAUSE) > 0
            ? settings.reconcileAfter()
            : FIRST_PAUSE;
    Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 20));
    return pause.compareTo(cap) > 0 ? cap : pause;
  }

  private Optional<HppSession> trySync(HppSession session) {
    Optional<PaymentProvider> provider = providers.find(session.providerId());
    if (provider.isEmpty()) {
      LOG.log(
          Level.WARNING, "no provider {0} for {1}; left as is", session.providerId(), session.id());
      putOff(session);
      return Optional.empty();
    }
    try {
      return Optional.of(synchronizer.reconcile(session, provider.get(), HppChangeSource.SWEEP));
    } catch (ProviderException e) {
      LOG.log(
          Level.WARNING,
          "could not read {0} from {1}: {2}",
          session.id(),
          session.providerId(),
          e.getMessage());
      putOff(session);
      return Optional.empty();
    }
  }
}
