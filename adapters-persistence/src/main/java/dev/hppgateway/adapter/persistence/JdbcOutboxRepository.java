package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link OutboxRepository} on {@code outbox}. Several instances may claim at once: each locks its
 * due rows with {@code FOR UPDATE SKIP LOCKED} and takes them with a conditional update in the same
 * transaction, so a message goes to one worker until its lease ends.
 */
@Singleton
public class JdbcOutboxRepository implements OutboxRepository {
  private final OutboxRowRepository rows;

  JdbcOutboxRepository(OutboxRowRepository rows) {
    this.rows = rows;
  }

  @Override
  @Transactional
  public void append(List<OutboxMessage> messages) {
    for (OutboxMessage m : messages) {
      rows.save(
          new OutboxRow(
              m.eventId(),
              m.merchantId().value(),
              m.type(),
              m.payload(),
              m.state().name(),
              m.attempts(),
              StoredInstant.of(m.nextAttemptAt()),
              m.lastError(),
              StoredInstant.of(m.createdAt()),
              m.sessionId() == null ? null : m.sessionId().value(),
              m.sessionId() == null ? null : m.sequence(),
              m.claimToken()));
    }
  }

  @Override
  @Transactional
  public List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
    Instant at = StoredInstant.of(now);
    Instant leaseUntil = StoredInstant.of(now.plus(lease));
    String token = UUID.randomUUID().toString();
    List<OutboxMessage> claimed = new ArrayList<>();
    for (OutboxRow row : rows.lockDue(at, limit)) {
      if (rows.take(row.eventId(), token, at, leaseUntil) == 1) {
        claimed.add(message(row).claimedBy(token, leaseUntil));
      }
    }
    return claimed;
  }

  /** The message a row holds. */
  static OutboxMessage message(OutboxRow row) {
    return new OutboxMessage(
        row.eventId(),
        MerchantId.of(row.merchantId()),
        row.sessionId() == null ? null : HppSessionId.of(row.sessionId()),
        row.sessionId() == null || row.sequenceNo() == null ? 0 : row.sequenceNo(),
        row.type(),
        row.payload(),
        OutboxState.valueOf(row.state()),
        row.attempts(),
        row.nextAttemptAt(),
        row.lastError(),
        row.createdAt(),
        row.claimToken());
  }

  @Override
  public long lastSequence(HppSessionId session) {
    return rows.lastSequence(session.value());
  }

  @Override
  public boolean markDelivered(String eventId, String claimToken, Instant now) {
    return rows.markDelivered(eventId, claimToken, StoredInstant.of(now)) == 1;
  }

  @Override
  public boolean markFailed(
      String eventId, String claimToken, String error, Instant nextAttemptAt) {
    if (nextAttemptAt == null) {
      return rows.markDead(eventId, claimToken, error) == 1;
    }
    return rows.reschedule(eventId, claimToken, error, StoredInstant.of(nextAttemptAt)) == 1;
  }

  @Override
  public int abandonPending(MerchantId merchant, String reason) {
    return rows.abandonPending(merchant.value(), reason);
  }
}
