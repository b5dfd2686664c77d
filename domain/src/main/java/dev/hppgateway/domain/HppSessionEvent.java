package dev.hppgateway.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * Something that happened to a session, returned by the aggregate's state changes and published to
 * the merchant (through the outbox) by the application.
 */
public sealed interface HppSessionEvent
    permits HppSessionCreated,
        HppSessionStarted,
        HppSessionFailed,
        HppSessionCompleted,
        HppSessionCancelled,
        HppSessionDisabled,
        HppSessionExpired,
        HppSessionRefunded,
        HppSessionPartiallyRefunded,
        HppSessionOrderFailed {

  HppSessionId sessionId();

  MerchantId merchantId();

  HppStatus status();

  Instant occurredAt();

  /** The status the session left, where the event records it (a completion); else null. */
  default HppStatus previousStatus() {
    return null;
  }

  /** The webhook event type, such as {@code hpp_session.completed}. */
  default String type() {
    return this instanceof HppSessionCreated
        ? "hpp_session.created"
        : "hpp_session." + status().name().toLowerCase(Locale.ROOT);
  }

  /** The event of a session that just moved to {@code status}. */
  static HppSessionEvent of(HppSessionId id, MerchantId merchant, HppStatus status, Instant at) {
    return of(id, merchant, null, status, at);
  }

  /** The event of a session that just moved from {@code previous} to {@code status}. */
  static HppSessionEvent of(
      HppSessionId id, MerchantId merchant, HppStatus previous, HppStatus status, Instant at) {
    return switch (status) {
      case WAITING -> new HppSessionCreated(id, merchant, at);
      case IN_PROGRESS -> new HppSessionStarted(id, merchant, at);
      case FAILED -> new HppSessionFailed(id, merchant, at);
      case COMPLETED -> new HppSessionCompleted(id, merchant, at, previous);
      case CANCELLED -> new HppSessionCancelled(id, merchant, at);
      case DISABLED -> new HppSessionDisabled(id, merchant, at);
      case EXPIRED -> new HppSessionExpired(id, merchant, at);
      case REFUNDED -> new HppSessionRefunded(id, merchant, at);
      case UNKNOWN -> throw new IllegalArgumentException("no event for an unknown status");
    };
  }
}
