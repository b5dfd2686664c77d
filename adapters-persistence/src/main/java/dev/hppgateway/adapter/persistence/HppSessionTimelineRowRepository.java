package dev.hppgateway.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** {@code hpp_session_timeline}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HppSessionTimelineRowRepository
    extends GenericRepository<HppSessionTimelineRow, HppSessionTimelineRow.Key> {

  /** Inserts; a page's taken number is a duplicate-key error. */
  HppSessionTimelineRow save(HppSessionTimelineRow row);

  List<HppSessionTimelineRow> findByIdSessionIdOrderByIdSequenceNo(String sessionId);

  /** 0 when the page has no entry. */
  @Query(
      value =
          "SELECT COALESCE(MAX(sequence_no), 0) FROM hpp_session_timeline WHERE session_id = :sessionId",
      nativeQuery = true)
  long lastSequence(String sessionId);
}
