package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderId;
import java.util.Collection;
import java.util.Optional;

/** The providers this gateway has, chosen by id. */
public interface PaymentProviderRegistry {
  Optional<PaymentProvider> find(ProviderId id);

  Collection<PaymentProvider> all();
}
