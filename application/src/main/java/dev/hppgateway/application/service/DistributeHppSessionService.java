package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.DistributeHppSessionCommand;
import dev.hppgateway.application.port.in.DistributeHppSessionUseCase;
import dev.hppgateway.application.port.in.HppSessionNotOpenException;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.HppSession;
import java.util.Locale;

/** Has the provider send a live page's link to the shopper. */
public final class DistributeHppSessionService implements DistributeHppSessionUseCase {
  private final SessionLoader loader;

  public DistributeHppSessionService(SessionLoader loader) {
    this.loader = loader;
  }

  @Override
  public void distribute(DistributeHppSessionCommand command) {
    HppSession session = loader.load(command.merchantId(), command.id());
    PaymentProvider provider = loader.provider(session.providerId());
    if (!provider.capabilities().supports(command.method())) {
      throw new CapabilityNotSupportedException(
          provider.id(), "distribution by " + command.method().name().toLowerCase(Locale.ROOT));
    }
    if (session.isFinal()) {
      throw new HppSessionNotOpenException(session.id(), session.status());
    }
    provider.distribute(session, new DistributionRequest(command.method(), command.contact()));
  }
}
