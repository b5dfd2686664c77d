package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.ListWebhookEventsUseCase;
import dev.hppgateway.application.port.in.WebhookEventPage;
import dev.hppgateway.application.port.in.WebhookEventQuery;
import dev.hppgateway.application.port.out.events.OutboxPage;
import dev.hppgateway.application.port.out.events.OutboxRepository;

/** Lists one merchant's webhook events; the query carries the merchant, so others' never show. */
final class ListWebhookEventsService implements ListWebhookEventsUseCase {
  private final OutboxRepository outbox;

  ListWebhookEventsService(OutboxRepository outbox) {
    this.outbox = outbox;
  }

  @Override
  public WebhookEventPage list(WebhookEventQuery query) {
    OutboxPage page = outbox.list(query);
    return new WebhookEventPage(
        page.messages().stream().map(WebhookEvents::view).toList(), page.hasMore());
  }
}
