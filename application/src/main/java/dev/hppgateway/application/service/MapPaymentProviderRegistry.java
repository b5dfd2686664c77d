package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import dev.hppgateway.domain.ProviderId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fixed set of providers, keyed by id; two providers with one id is a wiring mistake. */
final class MapPaymentProviderRegistry implements PaymentProviderRegistry {
  private final Map<ProviderId, PaymentProvider> providers = new LinkedHashMap<>();

  MapPaymentProviderRegistry(Collection<? extends PaymentProvider> providers) {
    for (PaymentProvider provider : providers) {
      if (this.providers.putIfAbsent(provider.id(), provider) != null) {
        throw new IllegalArgumentException("two providers with id " + provider.id());
      }
    }
  }

  @Override
  public Optional<PaymentProvider> find(ProviderId id) {
    return Optional.ofNullable(providers.get(id));
  }

  @Override
  public Collection<PaymentProvider> all() {
    return List.copyOf(providers.values());
  }
}
