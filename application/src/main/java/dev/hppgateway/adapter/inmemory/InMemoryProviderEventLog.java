package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.domain.ProviderId;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Handled provider event ids in memory. */
public final class InMemoryProviderEventLog implements ProviderEventLog {
  private final Set<String> handled = ConcurrentHashMap.newKeySet();

  @Override
  public boolean alreadyHandled(ProviderId provider, String eventId) {
    return handled.contains(provider.value() + "/" + eventId);
  }

  @Override
  public boolean markHandled(ProviderId provider, String eventId, Instant now) {
    return handled.add(provider.value() + "/" + eventId);
  }
}
