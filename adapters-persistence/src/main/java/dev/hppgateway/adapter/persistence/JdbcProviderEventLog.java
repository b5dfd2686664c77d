package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.domain.ProviderId;
import jakarta.inject.Singleton;
import java.time.Instant;

/** {@link ProviderEventLog} on {@code provider_events}; the primary key makes marking atomic. */
@Singleton
public class JdbcProviderEventLog implements ProviderEventLog {
  private final ProviderEventRowRepository rows;

  JdbcProviderEventLog(ProviderEventRowRepository rows) {
    this.rows = rows;
  }

  @Override
  public boolean alreadyHandled(ProviderId provider, String eventId) {
    return rows.exists(provider.value(), eventId);
  }

  @Override
  public boolean markHandled(ProviderId provider, String eventId, Instant now) {
    return rows.insertIfAbsent(provider.value(), eventId, StoredInstant.of(now)) == 1;
  }
}
