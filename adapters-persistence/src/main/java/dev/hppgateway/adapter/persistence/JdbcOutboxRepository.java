package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
              StoredInstant.of(m.createdAt())));
    }
  }

  @Override
  @Transactional
  public List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
    Instant at = StoredInstant.of(now);
    Instant leaseUntil = StoredInstant.of(now.plus(lease));
    List<OutboxMessage> claimed = new ArrayList<>();
    for (OutboxRow row : rows.lockDue(at, limit)) {
      if (rows.take(row.eventId(), at, leaseUntil) == 1) {
        claimed.add(
            new OutboxMessage(
                row.eventId(),
                MerchantId.of(row.merchantId()),
                row.type(),
                row.payload(),
                OutboxState.IN_FLIGHT,
                row.attempts() + 1,
                leaseUntil,
                row.lastError(),
                row.createdAt()));
      }
    }
    return claimed;
  }

  @Override
  public void markDelivered(String eventId, Instant now) {
    rows.markDelivered(eventId, StoredInstant.of(now));
  }

  @Override
  public void markFailed(String eventId, String error, Instant nextAttemptAt) {
    if (nextAttemptAt == null) {
      rows.markDead(eventId, error);
    } else {
      rows.reschedule(eventId, error, StoredInstant.of(nextAttemptAt));
    }
  }
}
