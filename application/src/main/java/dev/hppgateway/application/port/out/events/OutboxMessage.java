package dev.hppgateway.application.port.out.events;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One webhook to deliver to a merchant. Written in the same transaction as the session change it
 * reports, delivered later with retries, so no event is lost and none is invented.
 *
 * <p>{@code sequence} numbers the events of one session 1, 2, 3… in the order the gateway recorded
 * them (also in the payload, so the merchant can order what arrives); the outbox hands a session's
 * events out in that order, one at a time. {@code claimToken} names the claim that took the message
 * (set by {@link OutboxRepository#claimDue}, null before): only that claim may mark it delivered or
 * failed. Messages written before sequences existed have no {@code sessionId} and sequence 0.
 */
public record OutboxMessage(
    String eventId,
    MerchantId merchantId,
    HppSessionId sessionId,
    long sequence,
    String type,
    String payload,
    OutboxState state,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    String claimToken) {

  public OutboxMessage {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(merchantId, "merchantId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(createdAt, "createdAt");
    if (sequence < 0 || (sessionId == null) != (sequence == 0)) {
      throw new IllegalArgumentException(
          "a message has a session and a sequence from 1, or neither: "
              + sessionId
              + "/"
              + sequence);
    }
  }

  public static OutboxMessage pending(
      String eventId,
      MerchantId merchant,
      HppSessionId sessionId,
      long sequence,
      String type,
      String payload,
      Instant now) {
    return new OutboxMessage(
        eventId,
        merchant,
        Objects.requireNonNull(sessionId, "sessionId"),
        sequence,
        type,
        payload,
        OutboxState.PENDING,
        0,
        now,
        null,
        now,
        null);
  }

  /** The same message as taken by the claim {@code token}, in flight until {@code leaseUntil}. */
  public OutboxMessage claimedBy(String token, Instant leaseUntil) {
    return new OutboxMessage(
        eventId,
        merchantId,
        sessionId,
        sequence,
        type,
        payload,
        OutboxState.IN_FLIGHT,
        attempts + 1,
        leaseUntil,
        lastError,
        createdAt,
        Objects.requireNonNull(token, "token"));
  }

  @Override
  public String toString() {
    // The payload may carry an authorization token: it stays out of logs.
    return "OutboxMessage["
        + eventId
        + ", merchant="
        + merchantId.value()
        + ", session="
        + (sessionId == null ? null : sessionId.value())
        + ", sequence="
        + sequence
        + ", type="
        + type
        + ", state="
        + state
        + ", attempts="
        + attempts
        + "]";
  }
}
