package dev.hppgateway.application.port.in;

/**
 * Delivers the merchant webhooks that are due: each is sent signed to its merchant's webhook URL
 * and retried with backoff until it is acknowledged or given up on. Safe to run on several
 * instances at once: each message is claimed by one of them at a time.
 */
public interface DeliverWebhooksUseCase {

  /** One pass over up to {@code batchSize} due messages. */
  WebhookDeliveryReport deliverDue(int batchSize);
}
