package dev.hppgateway.application.port.out.events;

import java.util.List;

/** One page of outbox messages, newest first; {@code hasMore} says whether a next page exists. */
public record OutboxPage(List<OutboxMessage> messages, boolean hasMore) {
  public OutboxPage {
    messages = List.copyOf(messages);
  }
}
