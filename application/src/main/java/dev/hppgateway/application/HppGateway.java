package dev.hppgateway.application;

import dev.hppgateway.adapter.inmemory.InMemoryHppSessionRepository;
import dev.hppgateway.adapter.inmemory.InMemoryHppSessionTimeline;
import dev.hppgateway.adapter.inmemory.InMemoryIdempotencyStore;
import dev.hppgateway.adapter.inmemory.InMemoryMerchantRepository;
import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.adapter.inmemory.InMemoryProviderEventLog;
import dev.hppgateway.application.port.in.CreateHppSessionUseCase;
import dev.hppgateway.application.port.in.DeliverWebhooksUseCase;
import dev.hppgateway.application.port.in.DisableHppSessionUseCase;
import dev.hppgateway.application.port.in.DistributeHppSessionUseCase;
import dev.hppgateway.application.port.in.GetHppSessionEventsUseCase;
import dev.hppgateway.application.port.in.GetHppSessionUseCase;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.HousekeepingUseCase;
import dev.hppgateway.application.port.in.HppUseCases;
import dev.hppgateway.application.port.in.ListHppSessionsUseCase;
import dev.hppgateway.application.port.in.ListWebhookEventsUseCase;
import dev.hppgateway.application.port.in.RedeliverWebhookEventUseCase;
import dev.hppgateway.application.port.in.RefundOrCancelHppSessionUseCase;
import dev.hppgateway.application.port.in.SweepHppSessionsUseCase;
import dev.hppgateway.application.port.out.events.EventPublisher;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.WebhookSender;
import dev.hppgateway.application.port.out.ids.IdGenerator;
import dev.hppgateway.application.port.out.ids.SecretGenerator;
import dev.hppgateway.application.port.out.persistence.GatewayStores;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.service.CallbackSecrets;
import dev.hppgateway.application.service.GatewayAssembly;
import dev.hppgateway.application.service.GatewayPorts;
import dev.hppgateway.application.service.GatewaySettings;
import dev.hppgateway.application.service.RandomIds;
import dev.hppgateway.domain.ProviderId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The gateway for a plain Java program: add providers, optionally replace the in-memory stores,
 * build, and take the use case you need. The Micronaut service assembles the same core through
 * {@link GatewayAssembly} with its JDBC stores.
 *
 * <pre>{@code
 * HppGateway gateway = HppGateway.builder()
 *     .publicBaseUrl("https://pay.example.com")
 *     .provider(klarnaProvider)
 *     .build();
 * HppSession page = gateway.createHppSession().create(command).session();
 * }</pre>
 *
 * <p>Close it when done (try-with-resources): it closes its providers' HTTP clients.
 */
public final class HppGateway implements AutoCloseable {
  private final HppUseCases useCases;
  private final OutboxRepository outbox;
  private final DeliverWebhooksUseCase webhookDelivery;

  /**
   * Closed in this order: the providers, then what the builder was told to close, last given first.
   */
  private final List<AutoCloseable> owned;

  private final AtomicBoolean closed = new AtomicBoolean();

  private HppGateway(
      HppUseCases useCases,
      OutboxRepository outbox,
      DeliverWebhooksUseCase webhookDelivery,
      List<AutoCloseable> owned) {
    this.useCases = useCases;
    this.outbox = outbox;
    this.webhookDelivery = webhookDelivery;
    this.owned = List.copyOf(owned);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every use case, for wiring them elsewhere. */
  public HppUseCases useCases() {
    return useCases;
  }

  public CreateHppSessionUseCase createHppSession() {
    return useCases.create();
  }

  public GetHppSessionUseCase getHppSession() {
    return useCases.get();
  }

  /** A page's timeline: its creation and every change, with source and provider status. */
  public GetHppSessionEventsUseCase getHppSessionEvents() {
    return useCases.events();
  }

  public ListHppSessionsUseCase listHppSessions() {
    return useCases.list();
  }

  public DisableHppSessionUseCase disableHppSession() {
    return useCases.disable();
  }

  public DistributeHppSessionUseCase distributeHppSession() {
    return useCases.distribute();
  }

  public RefundOrCancelHppSessionUseCase refundOrCancelHppSession() {
    return useCases.refundOrCancel();
  }

  /** Hand it every request that reaches your callback endpoint ({@code /callbacks/…}). */
  public HandleProviderCallbackUseCase handleProviderCallback() {
    return useCases.callbacks();
  }

  public SweepHppSessionsUseCase sweepHppSessions() {
    return useCases.sweep();
  }

  /** The merchant's webhook events and their delivery, without their payloads. */
  public ListWebhookEventsUseCase listWebhookEvents() {
    return useCases.webhookEvents();
  }

  /** Sends a merchant's webhook event again. */
  public RedeliverWebhookEventUseCase redeliverWebhookEvent() {
    return useCases.redeliver();
  }

  /** Deletes finished webhook events past their retention and expired idempotency keys. */
  public HousekeepingUseCase housekeeping() {
    return useCases.housekeeping();
  }

  /**
   * The merchant webhook delivery: call {@link DeliverWebhooksUseCase#deliverDue} on a schedule
   * (every second or so) to send the outbox's due messages, signed, to each merchant's webhook URL
   * through the sender given to {@link Builder#webhookSender}, retried with backoff over about
   * three days (see {@code docs/webhooks.md}).
   *
   * @throws IllegalStateException when the builder was given no webhook sender
   */
  public DeliverWebhooksUseCase deliverWebhooks() {
    if (webhookDelivery == null) {
      throw new IllegalStateException(
          "no webhook sender: give one to HppGateway.builder().webhookSender(...)");
    }
    return webhookDelivery;
  }

  /** Where the gateway's webhook messages wait for delivery. */
  public OutboxRepository outbox() {
    return outbox;
  }

  /**
   * Closes what the gateway owns: every provider (their HTTP clients keep threads that would keep
   * the JVM alive) and the resources handed to {@link Builder#closeWith}. Every one is closed even
   * when one fails; the first failure is thrown with the others suppressed. Closing twice does
   * nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    RuntimeException failure = null;
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        RuntimeException wrapped =
            e instanceof RuntimeException r
                ? r
                : new IllegalStateException(
                    "closing " + resource.getClass().getSimpleName() + " failed", e);
        if (failure == null) {
          failure = wrapped;
        } else {
          failure.addSuppressed(wrapped);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Collects the parts; everything but the providers has a default (in memory, system clock). */
  public static final class Builder {
    private final List<PaymentProvider> providers = new ArrayList<>();
    private GatewaySettings settings = GatewaySettings.of("http://localhost:8080");
    private HppSessionRepository sessions = new InMemoryHppSessionRepository();
    private IdempotencyStore idempotency = new InMemoryIdempotencyStore();
    private OutboxRepository outbox = new InMemoryOutbox();
    private MerchantRepository merchants = new InMemoryMerchantRepository();
    private ProviderEventLog eventLog = new InMemoryProviderEventLog();
    private HppSessionTimeline timeline = new InMemoryHppSessionTimeline();
    private TransactionRunner transactions = TransactionRunner.direct();
    private EventPublisher publisher;
    private IdGenerator ids;
    private SecretGenerator secrets;
    private Clock clock = Clock.systemUTC();
    private WebhookSender webhookSender;
    private Duration webhookLease = Duration.ofMinutes(5);
    private final Map<ProviderId, String> accountSecretHashes = new HashMap<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    private Builder() {}

    /**
     * Has {@link HppGateway#close()} also close {@code resource} (the durable stores' bundle, a
     * connection pool), after the providers; resources given later are closed first.
     */
    public Builder closeWith(AutoCloseable resource) {
      toClose.add(0, Objects.requireNonNull(resource, "resource"));
      return this;
    }

    /**
     * The secret in a provider's account-wide callback URL ({@code
     * /callbacks/{provider}/p/{secret}}), for providers with one webhook URL per account such as
     * Optty. Only its hash is kept.
     */
    public Builder providerCallbackSecret(ProviderId provider, String secret) {
      accountSecretHashes.put(
          Objects.requireNonNull(provider), CallbackSecrets.hash(Objects.requireNonNull(secret)));
      return this;
    }

    public Builder provider(PaymentProvider provider) {
      providers.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    public Builder providers(Iterable<? extends PaymentProvider> all) {
      all.forEach(this::provider);
      return this;
    }

    /** Where providers reach the gateway's callback endpoint. */
    public Builder publicBaseUrl(String url) {
      settings = settings.withPublicBaseUrl(url);
      return this;
    }

    public Builder settings(GatewaySettings value) {
      settings = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Every store and the transaction runner from one bundle, such as {@code JdbcStores.open(…)} of
     * adapters-persistence for durable stores. The gateway does not close the bundle unless told
     * to: {@code closeWith(stores)}, or a try-with-resources of its own.
     */
    public Builder stores(GatewayStores value) {
      Objects.requireNonNull(value, "stores");
      sessions(value.sessions());
      idempotency(value.idempotency());
      outbox(value.outbox());
      merchants(value.merchants());
      eventLog(value.eventLog());
      timeline(value.timeline());
      transactions(value.transactions());
      return this;
    }

    public Builder sessions(HppSessionRepository value) {
      sessions = Objects.requireNonNull(value);
      return this;
    }

    public Builder idempotency(IdempotencyStore value) {
      idempotency = Objects.requireNonNull(value);
      return this;
    }

    public Builder outbox(OutboxRepository value) {
      outbox = Objects.requireNonNull(value);
      return this;
    }

    public Builder merchants(MerchantRepository value) {
      merchants = Objects.requireNonNull(value);
      return this;
    }

    public Builder eventLog(ProviderEventLog value) {
      eventLog = Objects.requireNonNull(value);
      return this;
    }

    /** Where the pages' timelines are kept; in memory unless given. */
    public Builder timeline(HppSessionTimeline value) {
      timeline = Objects.requireNonNull(value);
      return this;
    }

    public Builder transactions(TransactionRunner value) {
      transactions = Objects.requireNonNull(value);
      return this;
    }

    /** Replaces the outbox publisher (the default writes webhook messages to {@link #outbox}). */
    public Builder publisher(EventPublisher value) {
      publisher = Objects.requireNonNull(value);
      return this;
    }

    public Builder ids(IdGenerator value) {
      ids = Objects.requireNonNull(value);
      return this;
    }

    public Builder secrets(SecretGenerator value) {
      secrets = Objects.requireNonNull(value);
      return this;
    }

    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value);
      return this;
    }

    /**
     * Sends merchant webhooks ({@link HppGateway#deliverWebhooks}): one POST per attempt, answering
     * the HTTP status. It should refuse URLs the application must not call (internal addresses),
     * time out in seconds and never follow redirects.
     *
     * @param lease how long one delivery pass holds the messages it claimed (default 5 minutes):
     *     longer than a batch of attempts takes, so that another instance on the same database does
     *     not send a message again while this one still is
     */
    public Builder webhookSender(WebhookSender sender, Duration lease) {
      webhookSender = Objects.requireNonNull(sender, "sender");
      webhookLease = Objects.requireNonNull(lease, "lease");
      return this;
    }

    /** {@link #webhookSender(WebhookSender, Duration)} with a 5-minute lease. */
    public Builder webhookSender(WebhookSender sender) {
      return webhookSender(sender, Duration.ofMinutes(5));
    }

    public HppGateway build() {
      if (providers.isEmpty()) {
        throw new IllegalStateException("add at least one payment provider");
      }
      RandomIds random = new RandomIds();
      GatewayPorts ports =
          new GatewayPorts(
              providers,
              sessions,
              idempotency,
              outbox,
              publisher,
              merchants,
              eventLog,
              timeline,
              transactions,
              ids != null ? ids : random,
              secrets != null ? secrets : random,
              clock,
              settings,
              accountSecretHashes);
      List<AutoCloseable> owned = new ArrayList<>(providers);
      owned.addAll(toClose);
      DeliverWebhooksUseCase delivery =
          webhookSender == null
              ? null
              : GatewayAssembly.webhookDelivery(
                  outbox, merchants, webhookSender, clock, new SecureRandom(), webhookLease);
      return new HppGateway(GatewayAssembly.assemble(ports), outbox, delivery, owned);
    }
  }
}
