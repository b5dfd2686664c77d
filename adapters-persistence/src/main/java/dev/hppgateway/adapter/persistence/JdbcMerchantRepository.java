package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link MerchantRepository} on {@code merchants}; {@link #save} inserts or replaces. */
@Singleton
public class JdbcMerchantRepository implements MerchantRepository {
  private final MerchantRowRepository rows;

  JdbcMerchantRepository(MerchantRowRepository rows) {
    this.rows = rows;
  }

  @Override
  @Transactional
  public void save(Merchant merchant) {
    MerchantRow row =
        new MerchantRow(
            merchant.id().value(),
            merchant.name(),
            merchant.apiKeyHash(),
            merchant.webhookUrl(),
            merchant.webhookSecretRef(),
            merchant.callbackSecretHash());
    if (rows.existsById(row.id())) {
      rows.update(row);
    } else {
      rows.save(row);
    }
  }

  @Override
  public Optional<Merchant> findById(MerchantId id) {
    return rows.findById(id.value()).map(JdbcMerchantRepository::toDomain);
  }

  @Override
  public Optional<Merchant> findByApiKeyHash(String apiKeyHash) {
    return rows.findByApiKeyHash(apiKeyHash).map(JdbcMerchantRepository::toDomain);
  }

  private static Merchant toDomain(MerchantRow row) {
    return new Merchant(
        MerchantId.of(row.id()),
        row.name(),
        row.apiKeyHash(),
        row.webhookUrl(),
        row.webhookSecretRef(),
        row.callbackSecretHash());
  }
}
