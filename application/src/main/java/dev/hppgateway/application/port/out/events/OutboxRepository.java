package dev.hppgateway.application.port.out.events;

import dev.hppgateway.application.port.in.WebhookDeliveryStatus;
import dev.hppgateway.application.port.in.WebhookEventQuery;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook outbox. Claims are safe with several workers: each message goes to one at a time, and
 * only the claim that took a message may finish it. The events of one session go out in their
 * {@link OutboxMessage#sequence() sequence}: a message is not claimed while an earlier one of its
 * session is still pending or in flight.
 */
public interface OutboxRepository {

  /** Adds the messages, all or none; a session's sequence numbers are unique. */
  void append(List<OutboxMessage> messages);

  /**
   * The highest sequence of the session's messages, 0 when it has none. Called in the transaction
   * that appends the next ones (which also saves the session, so two writers of one session never
   * both commit).
   */
  long lastSequence(HppSessionId session);

  /**
   * Claims up to {@code limit} messages due at {@code now} (pending, or in flight with an expired
   * lease, and no earlier message of their session pending or in flight), soonest first, marks them
   * in flight until {@code now + lease} under a new claim token and counts the attempt.
   */
  List<OutboxMessage> claimDue(Instant now, int limit, Duration lease);

  /**
   * The message was delivered, if {@code claimToken} (from {@link OutboxMessage#claimToken()})
   * still holds it in flight.
   *
   * @return false when another claim took the message since (its lease lapsed): nothing changed
   */
  boolean markDelivered(String eventId, String claimToken, Instant now);

  /**
   * Schedules another attempt, or gives up ({@code nextAttemptAt == null}: DEAD), if {@code
   * claimToken} still holds the message in flight.
   *
   * @return false when another claim took the message since, or it was finished: nothing changed
   */
  boolean markFailed(String eventId, String claimToken, String error, Instant nextAttemptAt);

  // --- the merchant's view and housekeeping

  /**
   * One merchant's messages matching the query, newest first by (created at, event id), keyset
   * paged after the {@code startingAfter} message (ignored when it is unknown or another
   * merchant's). The delivery status filter reads: {@link WebhookDeliveryStatus#PENDING pending}
   * and {@link WebhookDeliveryStatus#FAILED failed} are the pending or in-flight messages without,
   * resp. with, a last error; delivered and dead are their states.
   */
  OutboxPage list(WebhookEventQuery query);

  /** The merchant's message with this id; empty when unknown or another merchant's. */
  Optional<OutboxMessage> find(MerchantId merchant, String eventId);

  /**
   * Makes the merchant's message due at {@code now} again: a delivered or dead one becomes pending,
   * a pending one's next attempt is brought forward to {@code now} (never pushed back). Attempts
   * and the last error are kept. A message in flight is left alone (its claim finishes it).
   *
   * <p>A redelivered message again holds back the later messages of its session until it is
   * delivered or dead, as any pending message does.
   *
   * @return the message as it is now; empty when the merchant has no message with this id
   */
  Optional<OutboxMessage> redeliver(MerchantId merchant, String eventId, Instant now);

  /**
   * Deletes up to {@code batchSize} delivered or dead messages finished (their {@link
   * OutboxMessage#nextAttemptAt()}: the time of delivery, or of the last attempt) before {@code
   * cutoff}. The newest message of each session is kept, so {@link #lastSequence} never goes back
   * and a later event of that session is not numbered again from 1.
   *
   * @return how many were deleted; fewer than {@code batchSize} means none is left to delete
   */
  int deleteFinishedBefore(Instant cutoff, int batchSize);

  /**
   * Gives up on every pending message of the merchant (its endpoint answered 410 Gone): they become
   * DEAD with {@code reason} as their last error. Messages in flight are left to the claims that
   * hold them; delivered and dead ones do not change.
   *
   * @return how many messages were given up on
   */
  int abandonPending(MerchantId merchant, String reason);
}
