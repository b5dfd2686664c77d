package dev.hppgateway.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** {@code merchants}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MerchantRowRepository extends GenericRepository<MerchantRow, String> {

  MerchantRow save(MerchantRow row);

  MerchantRow update(MerchantRow row);

  boolean existsById(String id);

  Optional<MerchantRow> findById(String id);

  /** The merchant holding the API key hash (current or previous), in one query. */
  @Query(
      "SELECT m.* FROM merchants m JOIN merchant_api_keys k ON k.merchant_id = m.id"
          + " WHERE k.key_hash = :keyHash")
  Optional<MerchantRow> findByApiKeyHash(String keyHash);

  List<MerchantRow> findAll();
}
