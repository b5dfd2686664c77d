package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.WebhookDeliveryStatus;
import dev.hppgateway.application.port.in.WebhookEvent;
import dev.hppgateway.application.port.out.events.OutboxMessage;

/** An outbox message as the merchant sees it: its delivery, never its payload. */
final class WebhookEvents {
  private WebhookEvents() {}

  static WebhookEvent view(OutboxMessage m) {
    WebhookDeliveryStatus status =
        switch (m.state()) {
          case PENDING, IN_FLIGHT ->
              m.lastError() == null ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.FAILED;
          case DELIVERED -> WebhookDeliveryStatus.DELIVERED;
          case DEAD -> WebhookDeliveryStatus.DEAD;
        };
    boolean finished =
        status == WebhookDeliveryStatus.DELIVERED || status == WebhookDeliveryStatus.DEAD;
    return new WebhookEvent(
        m.eventId(),
        m.merchantId(),
        m.sessionId(),
        m.sequence(),
        m.type(),
        status,
        m.attempts(),
        finished ? null : m.nextAttemptAt(),
        m.lastError(),
        m.createdAt());
  }
}
