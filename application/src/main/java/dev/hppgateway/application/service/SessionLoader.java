package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.HppSessionNotFoundException;
import dev.hppgateway.application.port.in.UnknownProviderException;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;

/** Loads a merchant's session (others' are "not found") and the provider behind it. */
public final class SessionLoader {
  private final HppSessionRepository sessions;
  private final PaymentProviderRegistry providers;

  public SessionLoader(HppSessionRepository sessions, PaymentProviderRegistry providers) {
    this.sessions = sessions;
    this.providers = providers;
  }

  HppSession load(MerchantId merchant, HppSessionId id) {
    return sessions.findById(id)
        .filter(session -> session.merchantId().equals(merchant))
        .orElseThrow(() -> new HppSessionNotFoundException(id));
  }

  PaymentProvider provider(ProviderId id) {
    return providers.find(id).orElseThrow(() -> new UnknownProviderException(
        id, providers.all().stream().map(PaymentProvider::id).toList()));
  }
}
