package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionTimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pages' timelines in memory; appends are all or nothing, like the database's. */
public final class InMemoryHppSessionTimeline implements HppSessionTimeline {
  private final Map<HppSessionId, List<HppSessionTimelineEntry>> entries = new HashMap<>();

  @Override
  public synchronized void append(List<HppSessionTimelineEntry> added) {
    // Check every number before adding any.
    Set<String> numbers = new HashSet<>();
    for (HppSessionTimelineEntry entry : added) {
      boolean taken =
          entries.getOrDefault(entry.sessionId(), List.of()).stream()
              .anyMatch(e -> e.sequence() == entry.sequence());
      if (taken || !numbers.add(entry.sessionId().value() + "#" + entry.sequence())) {
        throw new IllegalStateException(
            "session " + entry.sessionId().value() + " has timeline entry " + entry.sequence());
      }
    }
    added.forEach(
        entry -> entries.computeIfAbsent(entry.sessionId(), id -> new ArrayList<>()).add(entry));
  }

  @Override
  public synchronized long lastSequence(HppSessionId session) {
    return entries.getOrDefault(session, List.of()).stream()
        .mapToLong(HppSessionTimelineEntry::sequence)
        .max()
        .orElse(0);
  }

  @Override
  public synchronized List<HppSessionTimelineEntry> list(HppSessionId session) {
    return entries.getOrDefault(session, List.of()).stream()
        .sorted(Comparator.comparingLong(HppSessionTimelineEntry::sequence))
        .toList();
  }
}
