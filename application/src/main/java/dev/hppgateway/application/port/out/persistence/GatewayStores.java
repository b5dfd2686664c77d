package dev.hppgateway.application.port.out.persistence;

import dev.hppgateway.application.port.out.events.OutboxRepository;

/**
 * Every store the gateway needs, from one place, and the transactions they share: hand it to {@code
 * HppGateway.builder().stores(…)}. The in-memory stores are one such bundle ({@code
 * InMemoryStores}); the JDBC stores of adapters-persistence another ({@code JdbcStores.open(…)}).
 */
public interface GatewayStores {
  HppSessionRepository sessions();

  IdempotencyStore idempotency();

  OutboxRepository outbox();

  MerchantRepository merchants();

  ProviderEventLog eventLog();

  /** The pages' timelines, written in the transactions that save the pages' changes. */
  HppSessionTimeline timeline();

  /**
   * The transactions the stores above join, so a change, its outbox messages and its timeline
   * entries commit together.
   */
  TransactionRunner transactions();
}
