package dev.hppgateway.bootstrap.webhooks;

import dev.hppgateway.application.port.in.DeliverWebhooksUseCase;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.WebhookSender;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.service.GatewayAssembly;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.config.ProviderDefaults;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The webhook delivery of the service: the JDK HTTP sender with its SSRF guard (sandbox mode
 * relaxes it for loopback) and the core's delivery use case. A pass holds its claims for {@code
 * batch-size} attempts of {@code timeout} each, plus {@code hpp.webhooks.delivery.lease-margin} (a
 * minute by default): another instance does not take a message while the first may still be sending
 * it, and the messages of an instance that died mid-pass are taken again once that lease has run
 * out. A failed attempt is retried on {@code hpp.webhooks.delivery.retry-schedule} ({@link
 * WebhookRetrySchedules}; the production schedule of about three days by default).
 */
@Factory
@Requires(env = Application.ENVIRONMENT)
class WebhookDeliveryFactory {

  @Singleton
  WebhookSender webhookSender(
      ProviderDefaults mode, @Value("${hpp.webhooks.delivery.timeout:5s}") Duration timeout) {
    return new HttpWebhookSender(timeout, mode.sandbox());
  }

  @Singleton
  DeliverWebhooksUseCase deliverWebhooks(
      OutboxRepository outbox,
      MerchantRepository merchants,
      WebhookSender sender,
      Clock clock,
      @Value("${hpp.webhooks.delivery.timeout:5s}") Duration timeout,
      @Value("${hpp.webhooks.delivery.batch-size:" + WebhookDeliveryWorker.DEFAULT_BATCH + "}")
          int batchSize,
      @Nullable @Value("${" + WebhookRetrySchedules.PROPERTY + ":}") String retrySchedule,
      @Value("${hpp.webhooks.delivery.lease-margin:1m}") Duration leaseMargin) {
    if (leaseMargin.isNegative()) {
      throw new io.micronaut.context.exceptions.ConfigurationException(
          "hpp.webhooks.delivery.lease-margin must not be negative");
    }
    Duration lease = timeout.multipliedBy(Math.max(1, batchSize)).plus(leaseMargin);
    return GatewayAssembly.webhookDelivery(
        outbox,
        merchants,
        sender,
        clock,
        new SecureRandom(),
        lease,
        WebhookRetrySchedules.parse(retrySchedule));
  }
}
