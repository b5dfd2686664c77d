package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.DisableHppSessionUseCase;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import java.time.Clock;

/** Disables a live page at the provider, then records it; a disabled page stays as it is. */
public final class DisableHppSessionService implements DisableHppSessionUseCase {
  private final SessionLoader loader;
  private final SessionUpdater updater;
  private final Clock clock;

  public DisableHppSessionService(SessionLoader loader, SessionUpdater updater, Clock clock) {
    this.loader = loader;
    this.updater = updater;
    this.clock = clock;
  }

  @Override
  public HppSession disable(MerchantId merchant, HppSessionId id) {
    HppSession session = loader.load(merchant, id);
    PaymentProvider provider = loader.provider(session.providerId());
    if (!provider.capabilities().disable()) {
      throw new CapabilityNotSupportedException(provider.id(), "disable");
    }
    session.requireCanBecome(HppStatus.DISABLED);
    if (session.status() == HppStatus.DISABLED) {
      return session;
    }
    provider.disable(session);
    return updater.apply(id, s -> s.disable(clock.instant()));
  }
}
