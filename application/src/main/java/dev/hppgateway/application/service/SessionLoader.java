package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.HppSessionNotFoundException;
import dev.hppgateway.application.port.in.UnknownProviderException;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;

/**
 * Loads a merchant's session (others' are "not found"), the provider behind it, and its
 * capabilities.
 */
final class SessionLoader {
  private final HppSessionRepository sessions;
  private final PaymentProviderRegistry providers;

  SessionLoader(HppSessionRepository sessions, PaymentProviderRegistry providers) {
    this.sessions = sessions;
    this.providers = providers;
  }

  HppSession load(MerchantId merchant, HppSessionId id) {
    return sessions
        .findById(id)
        .filter(session -> session.merchantId().equals(merchant))
        .orElseThrow(() -> new HppSessionNotFoundException(id));
  }

  PaymentProvider provider(ProviderId id) {
    return providers
        .find(id)
        .orElseThrow(
            () ->
                new UnknownProviderException(
                    id, providers.all().stream().map(PaymentProvider::id).toList()));
  }

  /**
   * The provider as the capability {@code type} it must implement for {@code what}; a provider
   * without it is the caller's "not supported" error, before anything is called.
   */
  static <T> T capability(PaymentProvider provider, Class<T> type, String what) {
    if (!type.isInstance(provider)) {
      throw new CapabilityNotSupportedException(provider.id(), what);
    }
    return type.cast(provider);
  }
}
