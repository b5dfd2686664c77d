package dev.hppgateway.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** {@code merchant_api_keys}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MerchantApiKeyRowRepository extends GenericRepository<MerchantApiKeyRow, String> {

  MerchantApiKeyRow save(MerchantApiKeyRow row);

  Optional<MerchantApiKeyRow> findById(String keyHash);

  List<MerchantApiKeyRow> findByMerchantId(String merchantId);

  List<MerchantApiKeyRow> findAll();

  void deleteByMerchantId(String merchantId);
}
