package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionTimelineEntry;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@link HppSessionTimeline} on {@code hpp_session_timeline}; the primary key (page, sequence)
 * refuses a number taken twice, and an append joins the caller's transaction (the one saving the
 * page), else runs in its own: all entries or none.
 */
@Singleton
public class JdbcHppSessionTimeline implements HppSessionTimeline {
  private final HppSessionTimelineRowRepository rows;

  JdbcHppSessionTimeline(HppSessionTimelineRowRepository rows) {
    this.rows = rows;
  }

  @Override
  @Transactional
  public void append(List<HppSessionTimelineEntry> entries) {
    for (HppSessionTimelineEntry e : entries) {
      rows.save(
          new HppSessionTimelineRow(
              new HppSessionTimelineRow.Key(e.sessionId().value(), e.sequence()),
              e.merchantId().value(),
              e.type(),
              e.previousStatus() == null ? null : e.previousStatus().name(),
              e.status().name(),
              e.providerStatus(),
              e.source().name(),
              StoredInstant.of(e.occurredAt())));
    }
  }

  @Override
  public long lastSequence(HppSessionId session) {
    return rows.lastSequence(session.value());
  }

  @Override
  public List<HppSessionTimelineEntry> list(HppSessionId session) {
    return rows.findByIdSessionIdOrderByIdSequenceNo(session.value()).stream()
        .map(JdbcHppSessionTimeline::entry)
        .toList();
  }

  private static HppSessionTimelineEntry entry(HppSessionTimelineRow row) {
    return new HppSessionTimelineEntry(
        HppSessionId.of(row.id().sessionId()),
        MerchantId.of(row.merchantId()),
        row.id().sequenceNo(),
        row.type(),
        row.previousStatus() == null ? null : HppStatus.valueOf(row.previousStatus()),
        HppStatus.valueOf(row.status()),
        row.providerStatus(),
        HppChangeSource.valueOf(row.source()),
        row.occurredAt());
  }
}
