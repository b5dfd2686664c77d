package dev.hppgateway.adapter.persistence;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** One row of {@code provider_events}: a callback already handled. */
@MappedEntity("provider_events")
record ProviderEventRow(@EmbeddedId Key id, Instant handledAt) {

  @Embeddable
  record Key(
      @MappedProperty("provider_id") String providerId,
      @MappedProperty("event_id") String eventId) {}
}
