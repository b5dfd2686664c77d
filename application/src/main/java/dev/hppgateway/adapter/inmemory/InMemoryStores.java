package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.port.out.persistence.GatewayStores;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;

/**
 * A fresh set of in-memory stores (what {@code HppGateway.builder()} uses when given none): lost
 * when the JVM ends, no transactions ({@link TransactionRunner#direct()}).
 */
public record InMemoryStores(
    InMemoryHppSessionRepository sessions,
    InMemoryIdempotencyStore idempotency,
    InMemoryOutbox outbox,
    InMemoryMerchantRepository merchants,
    InMemoryProviderEventLog eventLog,
    InMemoryHppSessionTimeline timeline)
    implements GatewayStores {

  public InMemoryStores() {
    this(
        new InMemoryHppSessionRepository(),
        new InMemoryIdempotencyStore(),
        new InMemoryOutbox(),
        new InMemoryMerchantRepository(),
        new InMemoryProviderEventLog(),
        new InMemoryHppSessionTimeline());
  }

  @Override
  public TransactionRunner transactions() {
    return TransactionRunner.direct();
  }
}
