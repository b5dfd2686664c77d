package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.OutboxState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The webhook outbox in memory; claims are serialized, so each message goes to one worker. */
public final class InMemoryOutbox implements OutboxRepository {
  private final Map<String, OutboxMessage> messages = new LinkedHashMap<>();

  @Override
  public synchronized void append(List<OutboxMessage> added) {
    // All or nothing, like the database's transaction: check every id before adding any.
    Set<String> ids = new HashSet<>();
    for (OutboxMessage message : added) {
      if (messages.containsKey(message.eventId()) || !ids.add(message.eventId())) {
        throw new IllegalStateException("outbox message " + message.eventId() + " exists");
      }
    }
    added.forEach(message -> messages.put(message.eventId(), message));
  }

  @Override
  public synchronized List<OutboxMessage> claimDue(Instant now, int limit, Duration lease) {
    List<OutboxMessage> due =
        messages.values().stream()
            .filter(
                m ->
                    (m.state() == OutboxState.PENDING || m.state() == OutboxState.IN_FLIGHT)
                        && !m.nextAttemptAt().isAfter(now))
            .sorted(
                Comparator.comparing(OutboxMessage::nextAttemptAt)
                    .thenComparing(OutboxMessage::eventId))
            .limit(limit)
            .toList();
    List<OutboxMessage> claimed = new ArrayList<>(due.size());
    for (OutboxMessage m : due) {
      OutboxMessage inFlight =
          new OutboxMessage(
              m.eventId(),
              m.merchantId(),
              m.type(),
              m.payload(),
              OutboxState.IN_FLIGHT,
              m.attempts() + 1,
              now.plus(lease),
              m.lastError(),
              m.createdAt());
      messages.put(m.eventId(), inFlight);
      claimed.add(inFlight);
    }
    return claimed;
  }

  @Override
  public synchronized void markDelivered(String eventId, Instant now) {
    messages.computeIfPresent(
        eventId,
        (id, m) ->
            new OutboxMessage(
                m.eventId(),
                m.merchantId(),
                m.type(),
                m.payload(),
                OutboxState.DELIVERED,
                m.attempts(),
                now,
                m.lastError(),
                m.createdAt()));
  }

  @Override
  public synchronized void markFailed(String eventId, String error, Instant nextAttemptAt) {
    messages.computeIfPresent(
        eventId,
        (id, m) ->
            new OutboxMessage(
                m.eventId(),
                m.merchantId(),
                m.type(),
                m.payload(),
                nextAttemptAt == null ? OutboxState.DEAD : OutboxState.PENDING,
                m.attempts(),
                nextAttemptAt == null ? m.nextAttemptAt() : nextAttemptAt,
                error,
                m.createdAt()));
  }

  /** Everything in the outbox, oldest first: what an embedding program reads to see its events. */
  public synchronized List<OutboxMessage> all() {
    return List.copyOf(messages.values());
  }
}
