package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.in.WebhookDeliveryStatus;
import dev.hppgateway.application.port.in.WebhookEventQuery;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxPage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The webhook outbox in memory; claims are serialized, so each message goes to one worker, and a
 * session's events go out one at a time in their sequence.
 */
public final class InMemoryOutbox implements OutboxRepository {
  private final Map<String, OutboxMessage> messages = new LinkedHashMap<>();

  @Override
  public synchronized void append(List<OutboxMessage> added) {
    // All or nothing, like the database's transaction: check every id before adding any.
    Set<String> ids = new HashSet<>();
    Set<String> sequences = new HashSet<>();
    messages.values().forEach(m -> sequences.add(sequenceKey(m)));
    for (OutboxMessage message : added) {
      if (messages.containsKey(message.eventId()) || !ids.add(message.eventId())) {
        throw new IllegalStateException("outbox message " + message.eventId() + " exists");
      }
      if (message.sessionId() != null && !sequences.add(sequenceKey(message))) {
        throw new IllegalStateException(
            "session " + message.sessionId().value() + " has event " + message.sequence());
      }
    }
    added.forEach(message -> messages.put(message.eventId(), message));
  }

  @Override
  public synchronized List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
    List<OutboxMessage> due =
        messages.values().stream()
            .filter(
                m -> unfinished(m) && !m.nextAttemptAt().isAfter(now) && !waitsForAnEarlierEvent(m))
            .sorted(
                Comparator.comparing(OutboxMessage::nextAttemptAt)
                    .thenComparing(OutboxMessage::createdAt)
                    .thenComparing(OutboxMessage::eventId))
            .limit(limit)
            .toList();
    String token = UUID.randomUUID().toString();
    List<OutboxMessage> claimed = new ArrayList<>(due.size());
    for (OutboxMessage m : due) {
      OutboxMessage inFlight = m.claimedBy(token, now.plus(lease));
      messages.put(m.eventId(), inFlight);
      claimed.add(inFlight);
    }
    return claimed;
  }

  @Override
  public synchronized long lastSequence(HppSessionId session) {
    return messages.values().stream()
        .filter(m -> session.equals(m.sessionId()))
        .mapToLong(OutboxMessage::sequence)
        .max()
        .orElse(0);
  }

  @Override
  public synchronized boolean markDelivered(String eventId, String claimToken, Instant now) {
    if (!heldBy(eventId, claimToken)) {
      return false;
    }
    messages.computeIfPresent(
        eventId,
        (id, m) ->
            new OutboxMessage(
                m.eventId(),
                m.merchantId(),
                m.sessionId(),
                m.sequence(),
                m.type(),
                m.payload(),
                OutboxState.DELIVERED,
                m.attempts(),
                now,
                m.lastError(),
                m.createdAt(),
                m.claimToken()));
    return true;
  }

  @Override
  public synchronized boolean markFailed(
      String eventId, String claimToken, String error, Instant nextAttemptAt) {
    if (!heldBy(eventId, claimToken)) {
      return false;
    }
    messages.computeIfPresent(
        eventId,
        (id, m) ->
            new OutboxMessage(
                m.eventId(),
                m.merchantId(),
                m.sessionId(),
                m.sequence(),
                m.type(),
                m.payload(),
                nextAttemptAt == null ? OutboxState.DEAD : OutboxState.PENDING,
                m.attempts(),
                nextAttemptAt == null ? m.nextAttemptAt() : nextAttemptAt,
                error,
                m.createdAt(),
                m.claimToken()));
    return true;
  }

  @Override
  public synchronized int abandonPending(MerchantId merchant, String reason) {
    int abandoned = 0;
    for (Map.Entry<String, OutboxMessage> entry : messages.entrySet()) {
      OutboxMessage m = entry.getValue();
      if (m.merchantId().equals(merchant) && m.state() == OutboxState.PENDING) {
        entry.setValue(
            new OutboxMessage(
                m.eventId(),
                m.merchantId(),
                m.sessionId(),
                m.sequence(),
                m.type(),
                m.payload(),
                OutboxState.DEAD,
                m.attempts(),
                m.nextAttemptAt(),
                reason,
                m.createdAt(),
                m.claimToken()));
        abandoned++;
      }
    }
    return abandoned;
  }

  private boolean heldBy(String eventId, String claimToken) {
    OutboxMessage m = messages.get(eventId);
    return m != null && m.state() == OutboxState.IN_FLIGHT && m.claimToken().equals(claimToken);
  }

  private static boolean unfinished(OutboxMessage m) {
    return m.state() == OutboxState.PENDING || m.state() == OutboxState.IN_FLIGHT;
  }

  /** An earlier event of the same session is not delivered (or given up on) yet. */
  private boolean waitsForAnEarlierEvent(OutboxMessage m) {
    return m.sessionId() != null
        && messages.values().stream()
            .anyMatch(
                other ->
                    m.sessionId().equals(other.sessionId())
                        && other.sequence() < m.sequence()
                        && unfinished(other));
  }

  private static String sequenceKey(OutboxMessage m) {
    return (m.sessionId() == null ? "" : m.sessionId().value()) + "#" + m.sequence();
  }

  /** Newest first: created at, then event id, both descending. */
  private static final Comparator<OutboxMessage> NEWEST_FIRST =
      Comparator.comparing(OutboxMessage::createdAt)
          .thenComparing(OutboxMessage::eventId)
          .reversed();

  @Override
  public synchronized OutboxPage list(WebhookEventQuery query) {
    // Another merchant's event is no cursor: its position would leak (the JDBC store ignores it
    // too).
    Optional<OutboxMessage> cursor =
        Optional.ofNullable(query.startingAfter())
            .map(messages::get)
            .filter(c -> c.merchantId().equals(query.merchantId()));
    List<OutboxMessage> matching =
        messages.values().stream()
            .filter(m -> m.merchantId().equals(query.merchantId()))
            .filter(m -> query.type() == null || query.type().equals(m.type()))
            .filter(m -> query.sessionId() == null || query.sessionId().equals(m.sessionId()))
            .filter(m -> query.deliveryStatus() == null || hasStatus(m, query.deliveryStatus()))
            .filter(m -> cursor.isEmpty() || NEWEST_FIRST.compare(m, cursor.get()) > 0)
            .sorted(NEWEST_FIRST)
            .limit(query.limit() + 1L)
            .toList();
    boolean hasMore = matching.size() > query.limit();
    return new OutboxPage(hasMore ? matching.subList(0, query.limit()) : matching, hasMore);
  }

  private static boolean hasStatus(OutboxMessage m, WebhookDeliveryStatus status) {
    return switch (status) {
      case PENDING -> unfinished(m) && m.lastError() == null;
      case FAILED -> unfinished(m) && m.lastError() != null;
      case DELIVERED -> m.state() == OutboxState.DELIVERED;
      case DEAD -> m.state() == OutboxState.DEAD;
    };
  }

  @Override
  public synchronized Optional<OutboxMessage> find(MerchantId merchant, String eventId) {
    return Optional.ofNullable(messages.get(eventId)).filter(m -> m.merchantId().equals(merchant));
  }

  @Override
  public synchronized Optional<OutboxMessage> redeliver(
      MerchantId merchant, String eventId, Instant now) {
    Optional<OutboxMessage> found = find(merchant, eventId);
    if (found.isEmpty() || found.get().state() == OutboxState.IN_FLIGHT) {
      return found;
    }
    OutboxMessage m = found.get();
    Instant due =
        m.state() == OutboxState.PENDING && m.nextAttemptAt().isBefore(now)
            ? m.nextAttemptAt()
            : now;
    OutboxMessage again =
        new OutboxMessage(
            m.eventId(),
            m.merchantId(),
            m.sessionId(),
            m.sequence(),
            m.type(),
            m.payload(),
            OutboxState.PENDING,
            m.attempts(),
            due,
            m.lastError(),
            m.createdAt(),
            m.claimToken());
    messages.put(eventId, again);
    return Optional.of(again);
  }

  @Override
  public synchronized int deleteFinishedBefore(Instant cutoff, int batchSize) {
    List<String> doomed =
        messages.values().stream()
            .filter(m -> m.state() == OutboxState.DELIVERED || m.state() == OutboxState.DEAD)
            .filter(m -> m.nextAttemptAt().isBefore(cutoff))
            .filter(m -> m.sessionId() == null || m.sequence() < lastSequence(m.sessionId()))
            .limit(batchSize)
            .map(OutboxMessage::eventId)
            .toList();
    doomed.forEach(messages::remove);
    return doomed.size();
  }

  /** Everything in the outbox, oldest first: what an embedding program reads to see its events. */
  public synchronized List<OutboxMessage> all() {
    return List.copyOf(messages.values());
  }
}
