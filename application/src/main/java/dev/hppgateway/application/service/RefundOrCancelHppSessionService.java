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
import dev.hppgateway.domain.ProviderObservation;

/**
 * Refunds a paid page or cancels an unpaid one, as the merchant asked, through the provider's
 * {@link RefundsPayments} or {@link CancelsPayments} capability. The reference sent is stable per
 * page and kind, so a retried request is the same request at the provider.
 */
final class RefundOrCancelHppSessionService implements RefundOrCancelHppSessionUseCase {
  private final SessionLoader loader;
  private final StatusSynchronizer synchronizer;

  RefundOrCancelHppSessionService(SessionLoader loader, StatusSynchronizer synchronizer) {
    this.loader = loader;
    this.synchronizer = synchronizer;
  }

  @Override
  public HppSession refundOrCancel(RefundOrCancelCommand command) {
    HppSession session = loader.load(command.merchantId(), command.id());
    PaymentProvider provider = loader.provider(session.providerId());
    boolean refund = command.kind() == RefundOrCancelCommand.Kind.REFUND;
    RefundsPayments refunder =
        refund ? SessionLoader.capability(provider, RefundsPayments.class, "refund") : null;
    CancelsPayments canceller =
        refund ? null : SessionLoader.capability(provider, CancelsPayments.class, "cancel");
    HppStatus target = refund ? HppStatus.REFUNDED : HppStatus.CANCELLED;
    session.requireCanBecome(target);
    if (session.status() == target) {
      return session;
    }
    String reference = session.id().value() + (refund ? "-refund" : "-cancel");
    PageView page = PageView.of(session);
    ProviderObservation result =
        refund
            ? refunder.refund(
                page, new RefundRequest(session.amount(), reference, command.reason()))
            : canceller.cancel(page, new CancelRequest(reference, command.reason()));
    // The merchant's request, and so its changes, also the read that follows up on an answer the
    // page could not take as it was.
    HppSession updated = synchronizer.apply(session, provider, result, HppChangeSource.API);
    return updated.status() == result.normalized()
        ? updated
        : synchronizer.sync(updated, provider, HppChangeSource.API);
  }
}
