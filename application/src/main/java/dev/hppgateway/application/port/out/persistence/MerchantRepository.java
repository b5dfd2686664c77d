package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import java.util.Optional;

/** The gateway's merchants: who may call it and where their webhooks go. */
public interface MerchantRepository {
  void save(Merchant merchant);

  Optional<Merchant> findById(MerchantId id);

  Optional<Merchant> findByApiKeyHash(String apiKeyHash);
}
