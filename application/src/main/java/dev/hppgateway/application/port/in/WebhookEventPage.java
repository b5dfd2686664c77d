package dev.hppgateway.application.port.in;

import java.util.List;

/** One page of webhook events, newest first; {@code hasMore} says whether a next page exists. */
public record WebhookEventPage(List<WebhookEvent> events, boolean hasMore) {
  public WebhookEventPage {
    events = List.copyOf(events);
  }
}
