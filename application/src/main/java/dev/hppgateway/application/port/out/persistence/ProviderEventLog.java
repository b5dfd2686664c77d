package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.domain.ProviderId;
import java.time.Instant;

/**
 * Provider callback ids already handled, to skip the duplicates providers send on retry. An event
 * is marked only after it was handled, so a callback whose handling failed is handled again when
 * the provider retries it.
 */
public interface ProviderEventLog {

  boolean alreadyHandled(ProviderId provider, String eventId);

  /** Records the event as handled; false when it was recorded before. Atomic. */
  boolean markHandled(ProviderId provider, String eventId, Instant now);
}
