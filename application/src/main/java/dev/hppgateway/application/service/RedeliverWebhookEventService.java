package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.RedeliverWebhookEventUseCase;
import dev.hppgateway.application.port.in.WebhookEvent;
import dev.hppgateway.application.port.in.WebhookEventNotFoundException;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.domain.MerchantId;
import java.time.Clock;
import java.util.Objects;

/** Makes one of the merchant's webhook events due now; another merchant's is not found. */
final class RedeliverWebhookEventService implements RedeliverWebhookEventUseCase {
  private final OutboxRepository outbox;
  private final Clock clock;

  RedeliverWebhookEventService(OutboxRepository outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public WebhookEvent redeliver(MerchantId merchant, String eventId) {
    Objects.requireNonNull(merchant, "merchant");
    Objects.requireNonNull(eventId, "eventId");
    return outbox
        .redeliver(merchant, eventId, clock.instant())
        .map(WebhookEvents::view)
        .orElseThrow(() -> new WebhookEventNotFoundException(eventId));
  }
}
