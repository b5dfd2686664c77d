package dev.hppgateway.adapter.inmemory;

import dev.hppgateway.application.fixtures.StoreContractTest;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * The in-memory stores pass the same store contract as the JDBC ones; fresh stores for each test.
 */
class InMemoryStoresContractTest extends StoreContractTest {
  private InMemoryHppSessionRepository sessions;
  private InMemoryIdempotencyStore idempotency;
  private InMemoryOutbox outbox;
  private InMemoryProviderEventLog providerEvents;
  private InMemoryMerchantRepository merchants;
  private InMemoryHppSessionTimeline timeline;

  @BeforeEach
  void freshStores() {
    sessions = new InMemoryHppSessionRepository();
    idempotency = new InMemoryIdempotencyStore();
    outbox = new InMemoryOutbox();
    providerEvents = new InMemoryProviderEventLog();
    merchants = new InMemoryMerchantRepository();
    timeline = new InMemoryHppSessionTimeline();
  }

  @Override
  protected HppSessionRepository sessions() {
    return sessions;
  }

  @Override
  protected IdempotencyStore idempotency() {
    return idempotency;
  }

  @Override
  protected OutboxRepository outbox() {
    return outbox;
  }

  @Override
  protected ProviderEventLog providerEvents() {
    return providerEvents;
  }

  @Override
  protected MerchantRepository merchants() {
    return merchants;
  }

  /** In memory there is nothing to roll back: the gateway's default for embedding. */
  @Override
  protected TransactionRunner transactions() {
    return TransactionRunner.direct();
  }

  @Override
  protected HppSessionTimeline timeline() {
    return timeline;
  }

  @Override
  protected Optional<OutboxMessage> storedMessage(String eventId) {
    return outbox.all().stream().filter(m -> m.eventId().equals(eventId)).findFirst();
  }
}
