package dev.hppgateway.application.port.out.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The webhook outbox. Claims are safe with several workers: each message goes to one at a time. */
public interface OutboxRepository {

  void append(List<OutboxMessage> messages);

  /**
   * Claims up to {@code limit} messages due at {@code now} (pending, or in flight with an expired
   * lease), marks them in flight until {@code now + lease} and counts the attempt.
   */
  List<OutboxMessage> claimDue(Instant now, int limit, Duration lease);

  void markDelivered(String eventId, Instant now);

  /** Schedules another attempt, or gives up ({@code nextAttemptAt == null}: DEAD). */
  void markFailed(String eventId, String error, Instant nextAttemptAt);
}
