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
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Expires overdue pages and reconciles quiet ones. A page past its expiry is first read from the
 * provider: a shopper may have paid just before the end and the callback been lost, and a paid page
 * must never be reported expired. A page whose provider cannot be read is left for the next sweep.
 */
final class SweepHppSessionsService implements SweepHppSessionsUseCase {
  private static final System.Logger LOG =
      System.getLogger(SweepHppSessionsService.class.getName());

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

  @Override
  public SweepReport sweep(int batchSize) {
    Instant now = clock.instant();
    int expired = 0;
    int reconciled = 0;
    int failed = 0;
    for (HppSession session : sessions.findExpired(now, batchSize)) {
      switch (expire(session)) {
        case EXPIRED -> expired++;
        case SETTLED -> reconciled++;
        default -> failed++;
      }
    }
    for (HppSession session : sessions.findStale(now.minus(settings.reconcileAfter()), batchSize)) {
      if (trySync(session).isPresent()) {
        reconciled++;
      } else {
        failed++;
      }
    }
    int[] orderWork = orders.run(batchSize);
    reconciled += orderWork[0];
    failed += orderWork[1];
    return new SweepReport(expired, reconciled, failed);
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
      return Expiry.SETTLED;
    }
    if (provider.get() instanceof DisablesPages disabler) {
      try {
        disabler.disablePage(PageView.of(synced.get()));
      } catch (ProviderRejectedException e) {
        Optional<HppSession> again = trySync(synced.get());
        return again.isPresent() && again.get().isFinal()
            ? Expiry.SETTLED
            : Expiry.LEFT_FOR_NEXT_SWEEP;
      } catch (ProviderException e) {
        LOG.log(
            Level.WARNING,
            "could not turn off overdue {0} at {1}: {2}",
            session.id(),
            session.providerId(),
            e.getMessage());
        return Expiry.LEFT_FOR_NEXT_SWEEP;
      }
    }
    HppSession after = updater.apply(synced.get(), s -> s.expireIfDue(clock.instant()));
    return after.status() == HppStatus.EXPIRED ? Expiry.EXPIRED : Expiry.SETTLED;
  }

  private Optional<HppSession> trySync(HppSession session) {
    Optional<PaymentProvider> provider = providers.find(session.providerId());
    if (provider.isEmpty()) {
      LOG.log(
          Level.WARNING, "no provider {0} for {1}; left as is", session.providerId(), session.id());
      return Optional.empty();
    }
    try {
      return Optional.of(synchronizer.reconcile(session, provider.get()));
    } catch (ProviderException e) {
      LOG.log(
          Level.WARNING,
          "could not read {0} from {1}: {2}",
          session.id(),
          session.providerId(),
          e.getMessage());
      return Optional.empty();
    }
  }
}
