package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.MerchantId;

/**
 * Sends a webhook event again: a delivered, dead or failed event becomes due now. Its attempts are
 * kept (they count every try, the manual one included), so a redelivered event that fails again is
 * not given the whole retry schedule anew. An event being attempted right now is left as it is.
 */
public interface RedeliverWebhookEventUseCase {
  /**
   * @return the event as it is now
   * @throws WebhookEventNotFoundException when the merchant has no event with this id
   */
  WebhookEvent redeliver(MerchantId merchant, String eventId);
}
