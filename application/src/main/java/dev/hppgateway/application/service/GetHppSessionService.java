package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.GetHppSessionUseCase;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;

/** Reads a merchant's session from the store; the provider is not asked. */
final class GetHppSessionService implements GetHppSessionUseCase {
  private final SessionLoader loader;

  GetHppSessionService(SessionLoader loader) {
    this.loader = loader;
  }

  @Override
  public HppSession get(MerchantId merchant, HppSessionId id) {
    return loader.load(merchant, id);
  }
}
