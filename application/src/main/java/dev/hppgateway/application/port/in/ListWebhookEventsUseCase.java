package dev.hppgateway.application.port.in;

/** Lists the merchant's webhook events with their delivery, newest first, with cursor paging. */
public interface ListWebhookEventsUseCase {
  WebhookEventPage list(WebhookEventQuery query);
}
