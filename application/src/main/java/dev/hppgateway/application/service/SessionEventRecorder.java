package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.events.EventPublisher;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppSessionTimelineEntry;
import dev.hppgateway.domain.HppStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a saved change's events go, inside the transaction that saved it: to the merchant (the
 * publisher, by default the webhook outbox) and to the page's timeline, numbered after its last
 * entry, with the change's source and the provider's status the page was saved with. Every creation
 * and every change of a page passes here, so the timeline misses none.
 */
final class SessionEventRecorder {
  private final EventPublisher publisher;
  private final HppSessionTimeline timeline;

  SessionEventRecorder(EventPublisher publisher, HppSessionTimeline timeline) {
    this.publisher = publisher;
    this.timeline = timeline;
  }

  /**
   * @param session the page as saved with the events
   * @param before the status the page had before the change; null for its creation
   * @param events what the change returned, in the order the page recorded them
   */
  void record(
      HppSession session, HppStatus before, List<HppSessionEvent> events, HppChangeSource source) {
    if (events.isEmpty()) {
      return;
    }
    publisher.publish(session, events);
    List<HppSessionTimelineEntry> entries = new ArrayList<>(events.size());
    long sequence = timeline.lastSequence(session.id());
    HppStatus previous = before;
    for (HppSessionEvent event : events) {
      sequence++;
      entries.add(HppSessionTimelineEntry.of(session, event, previous, sequence, source));
      previous = event.status();
    }
    timeline.append(entries);
  }
}
