package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Merchants in memory. */
public final class InMemoryMerchantRepository implements MerchantRepository {
  private final Map<MerchantId, Merchant> merchants = new ConcurrentHashMap<>();

  @Override
  public void save(Merchant merchant) {
    merchants.put(merchant.id(), merchant);
  }

  @Override
  public Optional<Merchant> findById(MerchantId id) {
    return Optional.ofNullable(merchants.get(id));
  }

  @Override
  public Optional<Merchant> findByApiKeyHash(String apiKeyHash) {
    return merchants.values().stream().filter(m -> m.apiKeyHash().equals(apiKeyHash)).findFirst();
  }
}
