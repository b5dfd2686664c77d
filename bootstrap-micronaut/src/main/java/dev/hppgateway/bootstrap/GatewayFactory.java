package dev.hppgateway.bootstrap;

import dev.hppgateway.adapter.klarnakp.KlarnaKpConfig;
import dev.hppgateway.adapter.klarnakp.KlarnaKpPaymentProvider;
import dev.hppgateway.adapter.kustomkco.KustomKcoConfig;
import dev.hppgateway.adapter.kustomkco.KustomKcoPaymentProvider;
import dev.hppgateway.adapter.opttydirect.OpttyDirectConfig;
import dev.hppgateway.adapter.opttydirect.OpttyDirectPaymentProvider;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.CreateHppSessionUseCase;
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
import dev.hppgateway.application.port.out.events.OutboxRepository;
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
import dev.hppgateway.bootstrap.config.GatewayProperties;
import dev.hppgateway.bootstrap.config.HousekeepingProperties;
import dev.hppgateway.bootstrap.config.KlarnaKpProperties;
import dev.hppgateway.bootstrap.config.KustomKcoProperties;
import dev.hppgateway.bootstrap.config.OpttyDirectProperties;
import dev.hppgateway.bootstrap.config.ProviderDefaults;
import dev.hppgateway.bootstrap.ops.CallbackMetrics;
import dev.hppgateway.bootstrap.ops.MeteredEventPublisher;
import dev.hppgateway.bootstrap.ops.MeteredPaymentProvider;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.sandbox.optty.OpttyAccountWebhook;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place the service is wired: the providers from {@code hpp.providers.*}, the JDBC stores
 * of adapters-persistence, and the core, assembled by the application's {@link GatewayAssembly};
 * each use case is its own bean, so a controller injects only the one it serves.
 */
@Factory
@Requires(env = Application.ENVIRONMENT)
public class GatewayFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  @Bean(preDestroy = "close")
  @Requires(property = "hpp.providers.klarna-kp.enabled", notEquals = "false")
  KlarnaKpPaymentProvider klarnaKp(KlarnaKpProperties p, ProviderDefaults defaults) {
    return new KlarnaKpPaymentProvider(
        new KlarnaKpConfig(
            defaults.baseUrl(p.getBaseUrl(), "hpp.providers.klarna-kp.base-url", "/sandbox/klarna"),
            defaults.credential(p.getUsername(), "hpp.providers.klarna-kp.username"),
            defaults.credential(p.getPassword(), "hpp.providers.klarna-kp.password"),
            p.getConnectTimeout(),
            p.getReadTimeout(),
            p.isPlaceOrderOnCompletion()));
  }

  @Singleton
  @Bean(preDestroy = "close")
  @Requires(property = "hpp.providers.kustom-kco.enabled", notEquals = "false")
  KustomKcoPaymentProvider kustomKco(KustomKcoProperties p, ProviderDefaults defaults) {
    return new KustomKcoPaymentProvider(
        new KustomKcoConfig(
            defaults.baseUrl(
                p.getBaseUrl(), "hpp.providers.kustom-kco.base-url", "/sandbox/kustom"),
            defaults.credential(p.getUsername(), "hpp.providers.kustom-kco.username"),
            defaults.credential(p.getPassword(), "hpp.providers.kustom-kco.password"),
            p.getConnectTimeout(),
            p.getReadTimeout(),
            p.getTermsUrl(),
            p.getCheckoutUrl(),
            p.getConfirmationUrl()));
  }

  @Singleton
  @Bean(preDestroy = "close")
  @Requires(property = "hpp.providers.optty-direct.enabled", notEquals = "false")
  OpttyDirectPaymentProvider opttyDirect(OpttyDirectProperties p, ProviderDefaults defaults) {
    URI auth =
        URI.create(
            defaults.baseUrl(
                p.getAuthUrl(), "hpp.providers.optty-direct.auth-url", "/sandbox/optty-auth"));
    URI api =
        URI.create(
            defaults.baseUrl(
                p.getBaseUrl(), "hpp.providers.optty-direct.base-url", "/sandbox/optty"));
    return new OpttyDirectPaymentProvider(
        OpttyDirectConfig.sandbox(
                defaults.credential(p.getClientId(), "hpp.providers.optty-direct.client-id"),
                defaults.credential(
                    p.getClientSecret(), "hpp.providers.optty-direct.client-secret"))
            .withBaseUrls(auth, api)
            .withTimeouts(p.getConnectTimeout(), p.getReadTimeout())
            .withPaymentSecret(p.getPaymentSecret()));
  }

  /**
   * The core, assembled once by the application's own composition root from the JDBC stores and the
   * configured providers. Created at startup, so a misconfigured provider stops the service before
   * it takes traffic.
   */
  @Context
  HppUseCases useCases(
      List<PaymentProvider> providers,
      Optional<OpttyDirectPaymentProvider> optty,
      OpttyDirectProperties opttyProperties,
      ProviderDefaults defaults,
      HppSessionRepository sessions,
      IdempotencyStore idempotency,
      OutboxRepository outbox,
      MerchantRepository merchants,
      ProviderEventLog eventLog,
      HppSessionTimeline timeline,
      TransactionRunner transactions,
      Clock clock,
      GatewayProperties properties,
      HousekeepingProperties housekeeping,
      MeterRegistry meterRegistry) {
    Map<ProviderId, String> accountSecrets = new HashMap<>();
    // Optty posts every link's webhook to one URL per account: the gateway's account-wide callback.
    optty.ifPresent(
        provider ->
            accountSecrets.put(
                provider.id(),
                CallbackSecrets.hash(opttyCallbackSecret(opttyProperties, defaults))));
    RandomIds random = new RandomIds();
    return GatewayAssembly.assemble(
        new GatewayPorts(
            // each provider timed per call, with exactly its own capabilities
            providers.stream()
                .map(provider -> MeteredPaymentProvider.wrap(provider, meterRegistry))
                .toList(),
            sessions,
            idempotency,
            outbox,
            // the outbox publisher, counting the pages created and completed on the way
            new MeteredEventPublisher(
                GatewayAssembly.outboxPublisher(outbox, random, clock), meterRegistry),
            merchants,
            eventLog,
            timeline,
            transactions,
            random,
            random,
            clock,
            new GatewaySettings(
                    defaults.publicBaseUrl(),
                    properties.getIdempotencyTtl(),
                    properties.getReconcileAfter())
                .withHousekeeping(housekeeping.getRetention(), housekeeping.getBatchSize()),
            accountSecrets));
  }

  /** Callback counts, tagged only with the providers this service is configured with. */
  @Singleton
  CallbackMetrics callbackMetrics(MeterRegistry meterRegistry, List<PaymentProvider> providers) {
    return new CallbackMetrics(
        meterRegistry,
        providers.stream().map(provider -> provider.id().value()).collect(Collectors.toSet()));
  }

  /**
   * The account-wide URL the sandbox's Optty account posts webhooks to, built where every callback
   * URL is.
   */
  @Singleton
  @Requires(property = "hpp.sandbox.enabled", value = "true")
  @Requires(property = "hpp.providers.optty-direct.enabled", notEquals = "false")
  OpttyAccountWebhook sandboxOpttyWebhook(
      OpttyDirectProperties opttyProperties, ProviderDefaults defaults) {
    String url =
        CallbackUrl.forAccount(
                OpttyDirectPaymentProvider.ID, opttyCallbackSecret(opttyProperties, defaults))
            .on(defaults.publicBaseUrl());
    return () -> url;
  }

  private static String opttyCallbackSecret(
      OpttyDirectProperties properties, ProviderDefaults defaults) {
    return defaults.credential(
        properties.getCallbackSecret(), "hpp.providers.optty-direct.callback-secret");
  }

  @Singleton
  CreateHppSessionUseCase createHppSession(HppUseCases useCases) {
    return useCases.create();
  }

  @Singleton
  GetHppSessionUseCase getHppSession(HppUseCases useCases) {
    return useCases.get();
  }

  @Singleton
  GetHppSessionEventsUseCase getHppSessionEvents(HppUseCases useCases) {
    return useCases.events();
  }

  @Singleton
  ListHppSessionsUseCase listHppSessions(HppUseCases useCases) {
    return useCases.list();
  }

  @Singleton
  DisableHppSessionUseCase disableHppSession(HppUseCases useCases) {
    return useCases.disable();
  }

  @Singleton
  DistributeHppSessionUseCase distributeHppSession(HppUseCases useCases) {
    return useCases.distribute();
  }

  @Singleton
  RefundOrCancelHppSessionUseCase refundOrCancelHppSession(HppUseCases useCases) {
    return useCases.refundOrCancel();
  }

  @Singleton
  HandleProviderCallbackUseCase handleProviderCallback(HppUseCases useCases) {
    return useCases.callbacks();
  }

  @Singleton
  SweepHppSessionsUseCase sweepHppSessions(HppUseCases useCases) {
    return useCases.sweep();
  }

  @Singleton
  ListWebhookEventsUseCase listWebhookEvents(HppUseCases useCases) {
    return useCases.webhookEvents();
  }

  @Singleton
  RedeliverWebhookEventUseCase redeliverWebhookEvent(HppUseCases useCases) {
    return useCases.redeliver();
  }

  @Singleton
  HousekeepingUseCase housekeeping(HppUseCases useCases) {
    return useCases.housekeeping();
  }
}
