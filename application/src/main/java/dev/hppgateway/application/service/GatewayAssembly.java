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
   * The webhook delivery: the outbox's due messages sent to the merchants' webhook URLs through
   * {@code sender}, retried with backoff (see {@code docs/webhooks.md}).
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
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the lease must be positive");
    }
    return new DeliverWebhooksService(
        Objects.requireNonNull(outbox, "outbox"),
        Objects.requireNonNull(merchants, "merchants"),
        Objects.requireNonNull(sender, "sender"),
        Objects.requireNonNull(clock, "clock"),
        new DeliverWebhooksService.WebhookRetrySchedule(Objects.requireNonNull(jitter, "jitter")),
        lease);
  }
}
