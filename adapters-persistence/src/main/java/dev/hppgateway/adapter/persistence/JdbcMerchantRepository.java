package dev.hppgateway.adapter.persistence;

import static dev.hppgateway.adapter.persistence.MerchantApiKeyRow.CURRENT;
import static dev.hppgateway.adapter.persistence.MerchantApiKeyRow.PREVIOUS;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link MerchantRepository} on {@code merchants} and {@code merchant_api_keys}; {@link #save}
 * inserts or replaces the merchant and its keys in one transaction, so a key hash another merchant
 * holds (the table's primary key) rolls the whole save back.
 */
@Singleton
public class JdbcMerchantRepository implements MerchantRepository {
  private final MerchantRowRepository rows;
  private final MerchantApiKeyRowRepository keys;

  JdbcMerchantRepository(MerchantRowRepository rows, MerchantApiKeyRowRepository keys) {
    this.rows = rows;
    this.keys = keys;
  }

  @Override
  @Transactional
  public void save(Merchant merchant) {
    MerchantRow row =
        new MerchantRow(
            merchant.id().value(),
            merchant.name(),
            merchant.webhookUrl(),
            merchant.webhookSecretRef(),
            merchant.previousWebhookSecretRef(),
            merchant.callbackSecretHash());
    if (rows.existsById(row.id())) {
      // first: the row lock makes concurrent saves of one merchant (instances starting at once)
      // take turns, so none finds its key rows half replaced by another
      rows.update(row);
    } else {
      rows.save(row);
    }
    keys.deleteByMerchantId(row.id());
    keys.save(new MerchantApiKeyRow(merchant.apiKeyHash(), row.id(), CURRENT));
    if (merchant.hasPreviousApiKey()) {
      keys.save(new MerchantApiKeyRow(merchant.previousApiKeyHash(), row.id(), PREVIOUS));
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Merchant> findById(MerchantId id) {
    return rows.findById(id.value()).map(row -> toDomain(row, keys.findByMerchantId(row.id())));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Merchant> findByApiKeyHash(String apiKeyHash) {
    // two queries on the path of every API request: the merchant by its key, then its keys
    return rows.findByApiKeyHash(apiKeyHash)
        .map(row -> toDomain(row, keys.findByMerchantId(row.id())));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Merchant> findAll() {
    Map<String, List<MerchantApiKeyRow>> keysByMerchant =
        keys.findAll().stream().collect(Collectors.groupingBy(MerchantApiKeyRow::merchantId));
    return rows.findAll().stream()
        .sorted(Comparator.comparing(MerchantRow::id))
        .map(row -> toDomain(row, keysByMerchant.getOrDefault(row.id(), List.of())))
        .toList();
  }

  private static Merchant toDomain(MerchantRow row, List<MerchantApiKeyRow> keys) {
    return new Merchant(
        MerchantId.of(row.id()),
        row.name(),
        hashIn(keys, CURRENT)
            .orElseThrow(
                () ->
                    new IllegalStateException("merchant " + row.id() + " has no current API key")),
        hashIn(keys, PREVIOUS).orElse(null),
        row.webhookUrl(),
        row.webhookSecretRef(),
        row.previousWebhookSecretRef(),
        row.callbackSecretHash());
  }

  private static Optional<String> hashIn(List<MerchantApiKeyRow> keys, String slot) {
    return keys.stream()
        .filter(key -> key.slot().equals(slot))
        .map(MerchantApiKeyRow::keyHash)
        .findFirst();
  }
}
