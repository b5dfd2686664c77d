package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.RefundOrCancelCommand;
import dev.hppgateway.application.port.in.RefundOrCancelHppSessionUseCase;
import dev.hppgateway.application.port.out.provider.CancelRequest;
import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.RefundRequest;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.ProviderObservation;
import java.time.Clock;

/**
 * Refunds a paid page (all of it or part) or cancels an unpaid one, as the merchant asked, through
 * the provider's {@link RefundsPayments} or {@link CancelsPayments} capability. A refund is checked
 * by the page first ({@link HppSession#planRefund}: currency, amount, what remains refundable), so
 * a refused one never reaches the provider; its reference {@code <page id>-r<n>} is the same for a
 * retry of an unrecorded refund and new for the next one. A cancel's reference is stable per page.
 */
final class RefundOrCancelHppSessionService implements RefundOrCancelHppSessionUseCase {
  private final SessionLoader loader;
  private final StatusSynchronizer synchronizer;
  private final SessionUpdater updater;
  private final Clock clock;

  RefundOrCancelHppSessionService(
      SessionLoader loader, StatusSynchronizer synchronizer, SessionUpdater updater, Clock clock) {
    this.loader = loader;
    this.synchronizer = synchronizer;
    this.updater = updater;
    this.clock = clock;
  }

  @Override
  public HppSession refundOrCancel(RefundOrCancelCommand command) {
    HppSession session = loader.load(command.merchantId(), command.id());
    PaymentProvider provider = loader.provider(session.providerId());
    return command.kind() == RefundOrCancelCommand.Kind.REFUND
        ? refund(session, provider, command)
        : cancel(session, provider, command);
  }

  private HppSession refund(
      HppSession session, PaymentProvider provider, RefundOrCancelCommand command) {
    RefundsPayments refunder = SessionLoader.capability(provider, RefundsPayments.class, "refund");
    Money requested = command.amountIn(session.amount().currency());
    if (requested == null && session.status() == HppStatus.REFUNDED) {
      return session; // all of it, again: nothing remains, nothing to do
    }
    HppSession.RefundPlan plan = session.planRefund(requested);
    ProviderObservation result =
        refunder.refund(
            PageView.of(session),
            new RefundRequest(plan.amount(), plan.reference(), command.reason()));
    if (result.normalized() == HppStatus.REFUNDED) {
      return updater.apply(
          session, HppChangeSource.API, s -> s.recordRefund(plan, clock.instant()));
    }
    // Not confirmed (pending at the provider): nothing is counted; what the provider says is kept
    // and the page read. A retry is planned with the same number, so the same reference.
    HppSession updated = synchronizer.apply(session, provider, result, HppChangeSource.API);
    return synchronizer.sync(updated, provider, HppChangeSource.API);
  }

  private HppSession cancel(
      HppSession session, PaymentProvider provider, RefundOrCancelCommand command) {
    CancelsPayments canceller = SessionLoader.capability(provider, CancelsPayments.class, "cancel");
    session.requireCanBecome(HppStatus.CANCELLED);
    if (session.status() == HppStatus.CANCELLED) {
      return session;
    }
    ProviderObservation result =
        canceller.cancel(
            PageView.of(session),
            new CancelRequest(session.id().value() + "-cancel", command.reason()));
    HppSession updated = synchronizer.apply(session, provider, result, HppChangeSource.API);
    return updated.status() == result.normalized()
        ? updated
        : synchronizer.sync(updated, provider, HppChangeSource.API);
  }
}
