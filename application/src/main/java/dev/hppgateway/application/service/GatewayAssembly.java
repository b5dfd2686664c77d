package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.DeliverWebhooksUseCase;
import dev.hppgateway.application.port.in.HppUseCases;
import dev.hppgateway.application.port.out.events.EventPublisher;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.WebhookSender;
import dev.hppgateway.application.port.out.ids.IdGenerator;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The one composition root of the core: builds every service from the ports, once. The embedded
 * {@code HppGateway} builder and the service's Micronaut factory both call it, so the helpers the
 * services share stay package-private here.
 */
public final class GatewayAssembly {
  private GatewayAssembly() {}

  /**
   * The default publisher: each event becomes a webhook message in {@code outbox}, in the
   * transaction that saved it. For a caller that wraps it (counting, tracing) and passes the
   * wrapper as {@link GatewayPorts#publisher()}.
   */
  public static EventPublisher outboxPublisher(
      OutboxRepository outbox, IdGenerator ids, Clock clock) {
    return new OutboxEventPublisher(outbox, ids, clock);
  }

  public static HppUseCases assemble(GatewayPorts ports) {
    PaymentProviderRegistry registry = new MapPaymentProviderRegistry(ports.providers());
    EventPublisher publisher =
        ports.publisher() != null
            ? ports.publisher()
            : outboxPublisher(ports.outbox(), ports.ids(), ports.clock());
    SessionLoader loader = new SessionLoader(ports.sessions(), registry);
    SessionEventRecorder events = new SessionEventRecorder(publisher, ports.timeline());
    SessionUpdater updater = new SessionUpdater(ports.sessions(), events, ports.transactions());
    StatusSynchronizer synchronizer = new StatusSynchronizer(updater, ports.clock());
    return new HppUseCases(
        new CreateHppSessionService(
            loader,
            ports.sessions(),
            ports.idempotency(),
            events,
            ports.transactions(),
            ports.ids(),
            ports.secrets(),
            ports.clock(),
            ports.settings()),
        new GetHppSessionService(loader),
        new GetHppSessionEventsService(loader, ports.timeline()),
        new ListHppSessionsService(ports.sessions()),
        new DisableHppSessionService(loader, updater, ports.clock()),
        new DistributeHppSessionService(loader),
        new RefundOrCancelHppSessionService(loader, synchronizer, updater, ports.clock()),
        new HandleProviderCallbackService(
            registry,
            ports.sessions(),
            ports.merchants(),
            ports.eventLog(),
            synchronizer,
            ports.clock(),
            ports.accountCallbackSecretHashes()),
        new SweepHppSessionsService(
            ports.sessions(), registry, synchronizer, updater, ports.clock(), ports.settings()),
        new ListWebhookEventsService(ports.outbox()),
        new RedeliverWebhookEventService(ports.outbox(), ports.clock()),
        new HousekeepingService(
            ports.outbox(), ports.idempotency(), ports.clock(), ports.settings()));
  }

  /**
   * The production retry schedule of a failed webhook: the nominal wait after the 1st, 2nd… failed
   * attempt (1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h, 24 h: nine attempts over 68 h 36 min,
   * about three days). Each wait is shortened by a random jitter of up to a fifth.
   */
  public static final List<Duration> DEFAULT_WEBHOOK_RETRY_DELAYS =
      DeliverWebhooksService.WebhookRetrySchedule.DELAYS;

  /**
   * The webhook delivery: the outbox's due messages sent to the merchants' webhook URLs through
   * {@code sender}, retried on {@link #DEFAULT_WEBHOOK_RETRY_DELAYS} (see {@code
   * docs/webhooks.md}).
   *
   * @param jitter spreads the retries (a fixed generator in tests)
   * @param lease how long a pass holds the messages it claimed: longer than a batch of attempts
   *     takes, or another instance may send a message again while the first is still at it
   */
  public static DeliverWebhooksUseCase webhookDelivery(
      OutboxRepository outbox,
      MerchantRepository merchants,
      WebhookSender sender,
      Clock clock,
      RandomGenerator jitter,
      Duration lease) {
    return webhookDelivery(
        outbox, merchants, sender, clock, jitter, lease, DEFAULT_WEBHOOK_RETRY_DELAYS);
  }

  /**
   * The webhook delivery with its own retry schedule.
   *
   * @param retryDelays the nominal wait after the 1st, 2nd… failed attempt; after {@code
   *     retryDelays.size() + 1} failed attempts the message is dead. Not empty, every wait
   *     positive; each is shortened by a random jitter of up to a fifth
   * @see #webhookDelivery(OutboxRepository, MerchantRepository, WebhookSender, Clock,
   *     RandomGenerator, Duration)
   */
  public static DeliverWebhooksUseCase webhookDelivery(
      OutboxRepository outbox,
      MerchantRepository merchants,
      WebhookSender sender,
      Clock clock,
      RandomGenerator jitter,
      Duration lease,
      List<Duration> retryDelays) {
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the lease must be positive");
    }
    return new DeliverWebhooksService(
        Objects.requireNonNull(outbox, "outbox"),
        Objects.requireNonNull(merchants, "merchants"),
        Objects.requireNonNull(sender, "sender"),
        Objects.requireNonNull(clock, "clock"),
        new DeliverWebhooksService.WebhookRetrySchedule(
            Objects.requireNonNull(jitter, "jitter"), retryDelays),
        lease);
  }
}
