package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.port.in.WebhookEventQuery;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxPage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OutboxRepository} on {@code outbox}. Several instances may claim at once: each locks its
 * due rows with {@code FOR UPDATE SKIP LOCKED} and takes them with a conditional update in the same
 * transaction, so a message goes to one worker until its lease ends.
 */
@Singleton
public class JdbcOutboxRepository implements OutboxRepository {
  private final OutboxRowRepository rows;
  private final JdbcOperations jdbc;

  JdbcOutboxRepository(OutboxRowRepository rows, JdbcOperations jdbc) {
    this.rows = rows;
    this.jdbc = jdbc;
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

  /**
   * Keyset paging on (created_at, event_id), both descending, along {@code
   * ix_outbox_merchant_created} (V15); one row more than asked tells whether another page exists.
   * An unknown cursor, or another merchant's, pages from the top, as the in-memory store does.
   */
  @Override
  @Transactional(readOnly = true)
  public OutboxPage list(WebhookEventQuery query) {
    String merchant = query.merchantId().value();
    Optional<OutboxRow> cursor =
        Optional.ofNullable(query.startingAfter())
            .flatMap(id -> rows.findForMerchant(id, merchant));
    StringBuilder sql = new StringBuilder("SELECT * FROM outbox WHERE merchant_id = ?");
    List<Object> args = new ArrayList<>();
    args.add(merchant);
    if (query.type() != null) {
      sql.append(" AND type = ?");
      args.add(query.type());
    }
    if (query.sessionId() != null) {
      sql.append(" AND session_id = ?");
      args.add(query.sessionId().value());
    }
    if (query.deliveryStatus() != null) {
      sql.append(
          switch (query.deliveryStatus()) {
            case PENDING -> " AND state IN ('PENDING', 'IN_FLIGHT') AND last_error IS NULL";
            case FAILED -> " AND state IN ('PENDING', 'IN_FLIGHT') AND last_error IS NOT NULL";
            case DELIVERED -> " AND state = 'DELIVERED'";
            case DEAD -> " AND state = 'DEAD'";
          });
    }
    if (cursor.isPresent()) {
      // a row comparison: the index scan starts at the cursor (see JdbcHppSessionRepository.list)
      sql.append(" AND (created_at, event_id) < (?, ?)");
      args.add(cursor.get().createdAt());
      args.add(cursor.get().eventId());
    }
    sql.append(" ORDER BY created_at DESC, event_id DESC LIMIT ?");
    args.add(query.limit() + 1);
    List<OutboxRow> found =
        NativeRows.select(jdbc, sql.toString(), args, OutboxRow.class, "listing the outbox");
    boolean hasMore = found.size() > query.limit();
    List<OutboxRow> page = hasMore ? found.subList(0, query.limit()) : found;
    return new OutboxPage(page.stream().map(JdbcOutboxRepository::message).toList(), hasMore);
  }

  @Override
  public Optional<OutboxMessage> find(MerchantId merchant, String eventId) {
    return rows.findForMerchant(eventId, merchant.value()).map(JdbcOutboxRepository::message);
  }

  @Override
  @Transactional
  public Optional<OutboxMessage> redeliver(MerchantId merchant, String eventId, Instant now) {
    rows.redeliver(eventId, merchant.value(), StoredInstant.of(now));
    return find(merchant, eventId);
  }

  @Override
  public int deleteFinishedBefore(Instant cutoff, int batchSize) {
    return rows.deleteFinishedBefore(StoredInstant.of(cutoff), batchSize);
  }

  @Override
  public int abandonPending(MerchantId merchant, String reason) {
    return rows.abandonPending(merchant.value(), reason);
  }
}
