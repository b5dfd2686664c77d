package dev.hppgateway.adapter.persistence;

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

  List<MerchantRow> findAll();
}
