package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import java.util.List;
import java.util.Optional;

/**
 * The gateway's merchants: who may call it and where their webhooks go. An API key hash, current or
 * previous, belongs to one merchant only: a save that would give a hash to a second merchant fails
 * and changes nothing.
 */
public interface MerchantRepository {
  /** Inserts the merchant or replaces the one with its id, its keys included. */
  void save(Merchant merchant);

  Optional<Merchant> findById(MerchantId id);

  /** The merchant one of whose active keys (the current or the previous) has this hash. */
  Optional<Merchant> findByApiKeyHash(String apiKeyHash);

  /** Every merchant, by id. */
  List<Merchant> findAll();
}
