package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.events.EventPublisher;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.ids.IdGenerator;
import dev.hppgateway.application.port.out.ids.SecretGenerator;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.ProviderId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the core is assembled from: the providers, the stores behind the persistence and
 * events ports, ids, the clock and the gateway's settings. Filled by the embedded builder (with
 * in-memory defaults) or by the service's factory (with the JDBC stores), then handed to {@link
 * GatewayAssembly#assemble}.
 *
 * @param publisher where session events go; null for the default, webhook messages in {@code
 *     outbox}
 * @param timeline the pages' timelines: every event also goes there, whatever the publisher
 * @param accountCallbackSecretHashes per provider, the hash ({@link CallbackSecrets#hash}) of the
 *     secret in its one account-wide callback URL (Optty); providers without one are absent
 */
public record GatewayPorts(
    List<PaymentProvider> providers,
    HppSessionRepository sessions,
    IdempotencyStore idempotency,
    OutboxRepository outbox,
    EventPublisher publisher,
    MerchantRepository merchants,
    ProviderEventLog eventLog,
    HppSessionTimeline timeline,
    TransactionRunner transactions,
    IdGenerator ids,
    SecretGenerator secrets,
    Clock clock,
    GatewaySettings settings,
    Map<ProviderId, String> accountCallbackSecretHashes) {

  public GatewayPorts {
    providers = List.copyOf(Objects.requireNonNull(providers, "providers"));
    if (providers.isEmpty()) {
      throw new IllegalArgumentException("add at least one payment provider");
    }
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(idempotency, "idempotency");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(merchants, "merchants");
    Objects.requireNonNull(eventLog, "eventLog");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(transactions, "transactions");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    accountCallbackSecretHashes =
        Map.copyOf(accountCallbackSecretHashes == null ? Map.of() : accountCallbackSecretHashes);
  }
}
