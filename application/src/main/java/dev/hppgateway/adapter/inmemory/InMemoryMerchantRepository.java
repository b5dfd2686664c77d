package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Merchants in memory; saves are serialized so the API key hash check holds. */
public final class InMemoryMerchantRepository implements MerchantRepository {
  private final Map<MerchantId, Merchant> merchants = new ConcurrentHashMap<>();

  /**
   * Inserts or replaces; an API key hash, current or previous, belongs to one merchant (it is how a
   * request is matched to one).
   */
  @Override
  public synchronized void save(Merchant merchant) {
    boolean taken =
        merchants.values().stream()
            .filter(m -> !m.id().equals(merchant.id()))
            .flatMap(m -> m.apiKeyHashes().stream())
            .anyMatch(merchant.apiKeyHashes()::contains);
    if (taken) {
      throw new IllegalStateException("another merchant has this API key hash");
    }
    merchants.put(merchant.id(), merchant);
  }

  @Override
  public Optional<Merchant> findById(MerchantId id) {
    return Optional.ofNullable(merchants.get(id));
  }

  @Override
  public Optional<Merchant> findByApiKeyHash(String apiKeyHash) {
    return merchants.values().stream()
        .filter(m -> m.apiKeyHashes().contains(apiKeyHash))
        .findFirst();
  }

  @Override
  public List<Merchant> findAll() {
    return merchants.values().stream().sorted(Comparator.comparing(m -> m.id().value())).toList();
  }
}
