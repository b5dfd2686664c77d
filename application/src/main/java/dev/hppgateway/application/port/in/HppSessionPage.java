package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSession;
import java.util.List;

/** One page of a list, newest first; {@code hasMore} says whether a next page exists. */
public record HppSessionPage(List<HppSession> sessions, boolean hasMore) {
  public HppSessionPage {
    sessions = List.copyOf(sessions);
  }
}
