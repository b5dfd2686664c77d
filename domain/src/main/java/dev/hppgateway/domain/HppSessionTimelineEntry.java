package dev.hppgateway.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a page's timeline: an event of the page (its creation, each status change, an order
 * the gateway gave up on) with where it came from and what the provider said at that moment.
 * Written in the transaction that saved the change, never changed afterwards.
 *
 * @param sequence the event's number among its page's events: 1, 2, 3… in the order the gateway
 *     recorded them
 * @param type the event type, as in the merchant's webhook ({@code hpp_session.completed})
 * @param previousStatus the status the page left; null for its creation
 * @param status the status the page has after the event
 * @param providerStatus the provider's own status for the page at that moment (its raw status),
 *     null when the gateway had none
 */
public record HppSessionTimelineEntry(
    HppSessionId sessionId,
    MerchantId merchantId,
    long sequence,
    String type,
    HppStatus previousStatus,
    HppStatus status,
    String providerStatus,
    HppChangeSource source,
    Instant occurredAt) {
  private static final int MAX_TYPE_LENGTH = 100;
  private static final int MAX_PROVIDER_STATUS_LENGTH = 255;

  public HppSessionTimelineEntry {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(merchantId, "merchantId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(occurredAt, "occurredAt");
    if (sequence < 1) {
      throw new IllegalArgumentException("a timeline entry's sequence starts at 1: " + sequence);
    }
    if (type == null || type.isBlank() || type.length() > MAX_TYPE_LENGTH) {
      throw new IllegalArgumentException(
          "a timeline entry's type is 1 to " + MAX_TYPE_LENGTH + " characters");
    }
    if (providerStatus != null && providerStatus.length() > MAX_PROVIDER_STATUS_LENGTH) {
      throw new IllegalArgumentException(
          "a provider status is at most " + MAX_PROVIDER_STATUS_LENGTH + " characters");
    }
  }

  /**
   * The entry of {@code event}, numbered {@code sequence}: {@code session} is the page as saved
   * with the event (its raw status is the provider's at that moment).
   *
   * @param previous the status the page had before the event; the event's own {@link
   *     HppSessionEvent#previousStatus()} wins where it names one
   */
  public static HppSessionTimelineEntry of(
      HppSession session,
      HppSessionEvent event,
      HppStatus previous,
      long sequence,
      HppChangeSource source) {
    return new HppSessionTimelineEntry(
        event.sessionId(),
        event.merchantId(),
        sequence,
        event.type(),
        event.previousStatus() != null ? event.previousStatus() : previous,
        event.status(),
        session.rawStatus(),
        source,
        event.occurredAt());
  }
}
