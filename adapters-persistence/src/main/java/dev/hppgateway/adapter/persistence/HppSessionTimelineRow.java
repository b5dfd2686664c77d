package dev.hppgateway.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** One row of {@code hpp_session_timeline}: one event of a page. */
@MappedEntity("hpp_session_timeline")
record HppSessionTimelineRow(
    @EmbeddedId Key id,
    String merchantId,
    String type,
    @Nullable String previousStatus,
    String status,
    @Nullable String providerStatus,
    String source,
    Instant occurredAt) {

  /** The page and the event's number among its events. */
  @Embeddable
  record Key(
      @MappedProperty("session_id") String sessionId,
      @MappedProperty("sequence_no") long sequenceNo) {}
}
