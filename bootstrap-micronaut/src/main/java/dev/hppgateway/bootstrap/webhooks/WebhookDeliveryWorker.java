package dev.hppgateway.bootstrap.webhooks;

import dev.hppgateway.application.port.in.DeliverWebhooksUseCase;
import dev.hppgateway.application.port.in.WebhookDeliveryReport;
import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the due merchant webhooks every {@code hpp.webhooks.delivery.interval} (1 s by default,
 * counted from the end of the previous pass), up to {@code hpp.webhooks.delivery.batch-size} per
 * pass; {@code hpp.webhooks.delivery.enabled=false} turns it off. Several instances may run it on
 * one database: the outbox's claims give each message to one of them at a time.
 */
@Singleton
@Requires(env = Application.ENVIRONMENT)
@Requires(property = "hpp.webhooks.delivery.enabled", notEquals = "false")
class WebhookDeliveryWorker {
  static final int DEFAULT_BATCH = 50;
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryWorker.class);

  private final DeliverWebhooksUseCase delivery;
  private final int batchSize;

  WebhookDeliveryWorker(
      DeliverWebhooksUseCase delivery,
      @Value("${hpp.webhooks.delivery.batch-size:" + DEFAULT_BATCH + "}") int batchSize) {
    if (batchSize < 1) {
      throw new io.micronaut.context.exceptions.ConfigurationException(
          "hpp.webhooks.delivery.batch-size must be at least 1");
    }
    this.delivery = delivery;
    this.batchSize = batchSize;
  }

  @Scheduled(
      fixedDelay = "${hpp.webhooks.delivery.interval:1s}",
      initialDelay = "${hpp.webhooks.delivery.initial-delay:1s}")
  void deliver() {
    try {
      WebhookDeliveryReport report = delivery.deliverDue(batchSize);
      if (report.retried() + report.dead() + report.abandoned() > 0) {
        LOG.info(
            "Webhooks: {} delivered, {} to retry, {} dead, {} given up after a 410",
            report.delivered(),
            report.retried(),
            report.dead(),
            report.abandoned());
      } else if (report.delivered() > 0) {
        LOG.debug("Webhooks: {} delivered", report.delivered());
      }
    } catch (RuntimeException e) {
      // The next pass tries again; the claims of this one lapse with their lease.
      LOG.warn("Webhook delivery pass failed: {}", e.toString());
    }
  }
}
