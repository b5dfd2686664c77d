package dev.hppgateway.application;

import dev.hppgateway.adapter.inmemory.InMemoryHppSessionRepository;
import dev.hppgateway.adapter.inmemory.InMemoryIdempotencyStore;
import dev.hppgateway.adapter.inmemory.InMemoryMerchantRepository;
import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.adapter.inmemory.InMemoryProviderEventLog;
import dev.hppgateway.adapter.inmemory.MapPaymentProviderRegistry;
import dev.hppgateway.adapter.inmemory.RandomIds;
import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.CreateHppSessionResult;
import dev.hppgateway.application.port.in.CreateHppSessionUseCase;
import dev.hppgateway.application.port.in.DisableHppSessionUseCase;
import dev.hppgateway.application.port.in.DistributeHppSessionCommand;
import dev.hppgateway.application.port.in.DistributeHppSessionUseCase;
import dev.hppgateway.application.port.in.GetHppSessionUseCase;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.ListHppSessionsUseCase;
import dev.hppgateway.application.port.in.ProviderCallbackCommand;
import dev.hppgateway.application.port.in.RefundOrCancelCommand;
import dev.hppgateway.application.port.in.RefundOrCancelHppSessionUseCase;
import dev.hppgateway.application.port.in.SweepHppSessionsUseCase;
import dev.hppgateway.application.port.in.SweepReport;
import dev.hppgateway.application.port.out.events.EventPublisher;
import dev.hppgateway.application.port.in.HppSessionPage;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.ids.IdGenerator;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProviderRegistry;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.ids.SecretGenerator;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.application.service.CallbackSecrets;
import dev.hppgateway.application.service.CreateHppSessionService;
import dev.hppgateway.application.service.DisableHppSessionService;
import dev.hppgateway.application.service.DistributeHppSessionService;
import dev.hppgateway.application.service.GatewaySettings;
import dev.hppgateway.application.service.GetHppSessionService;
import dev.hppgateway.application.service.HandleProviderCallbackService;
import dev.hppgateway.application.service.ListHppSessionsService;
import dev.hppgateway.application.service.OutboxEventPublisher;
import dev.hppgateway.application.service.RefundOrCancelHppSessionService;
import dev.hppgateway.application.service.SessionLoader;
import dev.hppgateway.application.service.SessionUpdater;
import dev.hppgateway.application.service.StatusSynchronizer;
import dev.hppgateway.application.service.SweepHppSessionsService;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole core in one object, for a plain Java program: add providers, optionally replace the
 * in-memory stores, build, and call. The Micronaut service wires the same services itself.
 *
 * <pre>{@code
 * HppGateway gateway = HppGateway.builder()
 *     .publicBaseUrl("https://pay.example.com")
 *     .provider(klarnaProvider)
 *     .build();
 * HppSession page = gateway.create(command).session();
 * }</pre>
 */
public final class HppGateway
    implements CreateHppSessionUseCase, GetHppSessionUseCase, ListHppSessionsUseCase, DisableHppSessionUseCase,
        DistributeHppSessionUseCase, RefundOrCancelHppSessionUseCase, HandleProviderCallbackUseCase,
        SweepHppSessionsUseCase {

  private final CreateHppSessionUseCase create;
  private final GetHppSessionUseCase get;
  private final ListHppSessionsUseCase list;
  private final DisableHppSessionUseCase disable;
  private final DistributeHppSessionUseCase distribute;
  private final RefundOrCancelHppSessionUseCase refundOrCancel;
  private final HandleProviderCallbackUseCase callbacks;
  private final SweepHppSessionsUseCase sweep;
  private final PaymentProviderRegistry providers;
  private final OutboxRepository outbox;

  private HppGateway(Builder b) {
    PaymentProviderRegistry registry = new MapPaymentProviderRegistry(b.providers);
    RandomIds random = new RandomIds();
    IdGenerator ids = b.ids != null ? b.ids : random;
    SecretGenerator secrets = b.secrets != null ? b.secrets : random;
    EventPublisher publisher = b.publisher != null ? b.publisher : new OutboxEventPublisher(b.outbox, ids, b.clock);
    SessionLoader loader = new SessionLoader(b.sessions, registry);
    SessionUpdater updater = new SessionUpdater(b.sessions, publisher, b.transactions);
    StatusSynchronizer synchronizer = new StatusSynchronizer(updater, b.clock);
    this.create = new CreateHppSessionService(
        loader, b.sessions, b.idempotency, publisher, b.transactions, ids, secrets, b.clock, b.settings);
    this.get = new GetHppSessionService(loader);
    this.list = new ListHppSessionsService(b.sessions);
    this.disable = new DisableHppSessionService(loader, updater, b.clock);
    this.distribute = new DistributeHppSessionService(loader);
    this.refundOrCancel = new RefundOrCancelHppSessionService(loader, synchronizer);
    this.callbacks = new HandleProviderCallbackService(
        registry, b.sessions, b.merchants, b.eventLog, synchronizer, b.clock, b.providerSecretHashes);
    this.sweep = new SweepHppSessionsService(b.sessions, registry, synchronizer, updater, b.clock, b.settings);
    this.providers = registry;
    this.outbox = b.outbox;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CreateHppSessionResult create(CreateHppSessionCommand command) {
    return create.create(command);
  }

  @Override
  public HppSession get(MerchantId merchant, HppSessionId id) {
    return get.get(merchant, id);
  }

  @Override
  public HppSessionPage list(HppSessionQuery query) {
    return list.list(query);
  }

  @Override
  public HppSession disable(MerchantId merchant, HppSessionId id) {
    return disable.disable(merchant, id);
  }

  @Override
  public void distribute(DistributeHppSessionCommand command) {
    distribute.distribute(command);
  }

  @Override
  public HppSession refundOrCancel(RefundOrCancelCommand command) {
    return refundOrCancel.refundOrCancel(command);
  }

  @Override
  public CallbackOutcome handle(ProviderCallbackCommand command) {
    return callbacks.handle(command);
  }

  @Override
  public SweepReport sweep(int batchSize) {
    return sweep.sweep(batchSize);
  }

  public PaymentProviderRegistry providers() {
    return providers;
  }

  /** Where the gateway's webhook messages wait for delivery. */
  public OutboxRepository outbox() {
    return outbox;
  }

  /** Collects the parts; everything but the providers and the public base URL has a default. */
  public static final class Builder {
    private final List<PaymentProvider> providers = new ArrayList<>();
    private GatewaySettings settings = GatewaySettings.of("http://localhost:8080");
    private HppSessionRepository sessions = new InMemoryHppSessionRepository();
    private IdempotencyStore idempotency = new InMemoryIdempotencyStore();
    private OutboxRepository outbox = new InMemoryOutbox();
    private MerchantRepository merchants = new InMemoryMerchantRepository();
    private ProviderEventLog eventLog = new InMemoryProviderEventLog();
    private TransactionRunner transactions = TransactionRunner.direct();
    private EventPublisher publisher;
    private IdGenerator ids;
    private SecretGenerator secrets;
    private Clock clock = Clock.systemUTC();
    private final Map<ProviderId, String> providerSecretHashes = new HashMap<>();

    private Builder() {}

    /**
     * The secret in a provider's account-wide callback URL
     * ({@code /callbacks/{provider}/p/{secret}}), for providers with one webhook URL per account
     * such as Optty. Only its hash is kept.
     */
    public Builder providerCallbackSecret(ProviderId provider, String secret) {
      providerSecretHashes.put(Objects.requireNonNull(provider), CallbackSecrets.hash(Objects.requireNonNull(secret)));
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
      settings = new GatewaySettings(url, settings.idempotencyTtl(), settings.reconcileAfter());
      return this;
    }

    public Builder settings(GatewaySettings value) {
      settings = Objects.requireNonNull(value);
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

    public HppGateway build() {
      if (providers.isEmpty()) {
        throw new IllegalStateException("add at least one payment provider");
      }
      return new HppGateway(this);
    }
  }
}
