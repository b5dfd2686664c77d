package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.RefundOrCancelCommand;
import dev.hppgateway.application.port.in.RefundOrCancelHppSessionUseCase;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.RefundOrCancelRequest;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;

/**
 * Cancels an unpaid page's payment or refunds a paid one. The lifecycle is checked before the
 * provider is called (no refund of an unpaid page); afterwards, if the provider did something else
 * than asked (the shopper paid in the meantime), the provider is read so the session tells the truth.
 */
public final class RefundOrCancelHppSessionService implements RefundOrCancelHppSessionUseCase {
  private final SessionLoader loader;
  private final StatusSynchronizer synchronizer;

  public RefundOrCancelHppSessionService(SessionLoader loader, StatusSynchronizer synchronizer) {
    this.loader = loader;
    this.synchronizer = synchronizer;
  }

  @Override
  public HppSession refundOrCancel(RefundOrCancelCommand command) {
    HppSession session = loader.load(command.merchantId(), command.id());
    PaymentProvider provider = loader.provider(session.providerId());
    boolean refund = command.kind() == RefundOrCancelRequest.Kind.REFUND;
    if (refund ? !provider.capabilities().refund() : !provider.capabilities().cancel()) {
      throw new CapabilityNotSupportedException(provider.id(), refund ? "refund" : "cancel");
    }
    HppStatus target = refund ? HppStatus.REFUNDED : HppStatus.CANCELLED;
    session.requireCanBecome(target);
    if (session.status() == target) {
      return session;
    }
    String reference = session.id().value() + "-" + command.kind().name().toLowerCase(java.util.Locale.ROOT);
    ProviderObservation result =
        provider.refundOrCancel(session, new RefundOrCancelRequest(command.kind(), reference, command.reason()));
    HppSession updated = synchronizer.apply(session, provider, result);
    return updated.status() == result.normalized() ? updated : synchronizer.sync(updated, provider);
  }
}
