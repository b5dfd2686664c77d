package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionTimelineEntry;
import java.util.List;

/**
 * Every page's timeline: its events, each with where it came from and the provider's status then.
 * Written in the transaction that saves the change (so a page and its timeline never disagree),
 * read by the merchant; entries are never changed or removed.
 */
public interface HppSessionTimeline {

  /** Adds the entries, all or none; a page's sequence numbers are unique. */
  void append(List<HppSessionTimelineEntry> entries);

  /**
   * The highest sequence of the page's entries, 0 when it has none. Called in the transaction that
   * appends the next ones (which also saves the page, so two writers of one page never both
   * commit).
   */
  long lastSequence(HppSessionId session);

  /** The page's entries in their sequence, first first; empty for a page without any. */
  List<HppSessionTimelineEntry> list(HppSessionId session);
}
