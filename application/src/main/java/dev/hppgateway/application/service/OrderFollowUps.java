package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.PendingOrder;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The order work on paid pages that the sweep does: a pending order (an earlier {@link
 * CompletesOrders#completeOrder} failed) is tried again once its backoff is over, with the same
 * page and so the same idempotency key at the provider; once the provider's {@link
 * CompletesOrders#completionWindow()} is over the merchant gets {@code hpp_session.order_failed}.
 * An authorization token whose lifetime is over is erased. The page's status never changes here.
 */
final class OrderFollowUps {
  private static final System.Logger LOG = System.getLogger(OrderFollowUps.class.getName());

  /**
   * What one {@link CompletesOrders#completeOrder} call gave: an order id, nothing, or a failure.
   */
  record Attempt(Optional<String> orderId, RuntimeException failure) {
    static final Attempt NONE = new Attempt(Optional.empty(), null);
  }

  private final HppSessionRepository sessions;
  private final PaymentProviderRegistry providers;
  private final SessionUpdater updater;
  private final Clock clock;

  OrderFollowUps(
      HppSessionRepository sessions,
      PaymentProviderRegistry providers,
      SessionUpdater updater,
      Clock clock) {
    this.sessions = sessions;
    this.providers = providers;
    this.updater = updater;
    this.clock = clock;
  }

  /** Calls {@code completeOrder} on the page as given (outside any transaction). */
  static Attempt attempt(CompletesOrders completer, HppSession page) {
    try {
      return new Attempt(completer.completeOrder(PageView.of(page)), null);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "completing the order failed for {0}: {1}",
          page.id(),
          errorText(e, page.authorizationToken()));
      return new Attempt(Optional.empty(), e);
    }
  }

  /**
   * Records an attempt's outcome on the page (inside the change the caller saves): the token's
   * lifetime, the order placed (its token erased), or the failure as a pending order. {@code
   * tokenSeen} is the token the attempt used (for keeping it out of the recorded error).
   */
  static void record(
      HppSession page, CompletesOrders completer, Attempt attempt, String tokenSeen, Instant now) {
    Optional<Duration> window = completer.completionWindow();
    window.ifPresent(w -> page.authorizationLasts(w, now));
    if (attempt.failure() == null) {
      if (attempt.orderId().isPresent() || page.pendingOrder() != null) {
        page.orderCompleted(attempt.orderId().orElse(null), now);
      }
    } else if (window.isPresent()) {
      page.orderAttemptFailed(window.get(), errorText(attempt.failure(), tokenSeen), now);
    }
  }

  /**
   * Does the order work due now on the pages {@code claims} takes; returns how many pages were
   * handled and how many failed.
   */
  int[] run(int batchSize, SweepClaims claims) {
    int done = 0;
    int failed = 0;
    Instant now = clock.instant();
    for (HppSession session : claims.take(sessions.findOrderFollowUpsDue(now, batchSize), now)) {
      try {
        if (!claims.stillHeld()) {
          continue;
        }
        if (followUp(session)) {
          done++;
        } else {
          failed++;
        }
      } finally {
        claims.release(session);
      }
    }
    return new int[] {done, failed};
  }

  private boolean followUp(HppSession session) {
    Instant now = clock.instant();
    PendingOrder pending = session.pendingOrder();
    if (pending != null && pending.isOverAt(now)) {
      updater.apply(session, HppChangeSource.SWEEP, s -> s.giveUpOrder(now));
      return true;
    }
    if (pending != null) {
      Optional<PaymentProvider> provider = providers.find(session.providerId());
      if (provider.isEmpty() || !(provider.get() instanceof CompletesOrders completer)) {
        LOG.log(Level.WARNING, "no provider completes the order of {0}", session.id());
        // Counted as a failed attempt, so the page waits its backoff instead of heading every
        // batch, and the merchant is told once the window is over.
        String error = "provider " + session.providerId() + " cannot complete orders here";
        updater.apply(
            session,
            HppChangeSource.SWEEP,
            s -> {
              s.orderAttemptFailed(Duration.ZERO, error, now);
              return List.of();
            });
        return false;
      }
      String token = session.authorizationToken();
      Attempt attempt = attempt(completer, session);
      updater.apply(
          session,
          HppChangeSource.SWEEP,
          s -> {
            record(s, completer, attempt, token, now);
            return List.of();
          });
      return attempt.failure() == null;
    }
    updater.apply(
        session,
        HppChangeSource.SWEEP,
        s -> {
          s.eraseExpiredAuthorization(now);
          return List.of();
        });
    return true;
  }

  /**
   * The failure as the merchant may see it: a provider's message (safe by contract), else only the
   * kind of error; the token is cut out either way, should a provider have quoted it.
   */
  static String errorText(RuntimeException e, String token) {
    String text = e instanceof ProviderException ? e.getMessage() : e.getClass().getSimpleName();
    if (text != null && token != null && !token.isEmpty()) {
      text = text.replace(token, "***");
    }
    return text;
  }
}
