package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.events.EventPublisher;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.ids.IdGenerator;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Publishes session events as webhook messages in the outbox (same transaction as the change). */
final class OutboxEventPublisher implements EventPublisher {
  private final OutboxRepository outbox;
  private final IdGenerator ids;
  private final Clock clock;

  OutboxEventPublisher(OutboxRepository outbox, IdGenerator ids, Clock clock) {
    this.outbox = outbox;
    this.ids = ids;
    this.clock = clock;
  }

  @Override
  public void publish(HppSession session, List<HppSessionEvent> events) {
    List<OutboxMessage> messages = new ArrayList<>(events.size());
    // Numbered after the session's last event, in the order the session recorded them.
    long sequence = events.isEmpty() ? 0 : outbox.lastSequence(session.id());
    for (HppSessionEvent event : events) {
      String eventId = ids.newEventId();
      sequence++;
      messages.add(
          OutboxMessage.pending(
              eventId,
              event.merchantId(),
              session.id(),
              sequence,
              event.type(),
              WebhookPayload.json(eventId, sequence, event, session),
              clock.instant()));
    }
    outbox.append(messages);
  }
}
