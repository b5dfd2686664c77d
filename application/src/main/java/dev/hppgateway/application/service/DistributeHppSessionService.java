package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.DistributeHppSessionCommand;
import dev.hppgateway.application.port.in.DistributeHppSessionUseCase;
import dev.hppgateway.application.port.in.HppSessionNotOpenException;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.HppSession;
import java.util.Locale;

/** Has the provider send a live page's link to the shopper. */
final class DistributeHppSessionService implements DistributeHppSessionUseCase {
  private final SessionLoader loader;

  DistributeHppSessionService(SessionLoader loader) {
    this.loader = loader;
  }

  @Override
  public void distribute(DistributeHppSessionCommand command) {
    HppSession session = loader.load(command.merchantId(), command.id());
    PaymentProvider provider = loader.provider(session.providerId());
    String what = "distribution by " + command.method().name().toLowerCase(Locale.ROOT);
    DistributesLinks distributor = SessionLoader.capability(provider, DistributesLinks.class, what);
    if (!distributor.distributionMethods().contains(command.method())) {
      throw new CapabilityNotSupportedException(provider.id(), what);
    }
    if (session.isFinal()) {
      throw new HppSessionNotOpenException(session.id(), session.status());
    }
    distributor.distribute(
        PageView.of(session), new DistributionRequest(command.method(), command.contact()));
  }
}
