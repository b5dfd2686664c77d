package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.inmemory.InMemoryStores;
import dev.hppgateway.application.fixtures.CapableInMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.persistence.GatewayStores;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.HppSessionTimeline;
import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.port.out.persistence.ProviderEventLog;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.application.service.CallbackSecrets;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code builder().stores(bundle)} puts every store of the bundle and its transactions to use. */
class GatewayStoresTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");

  /** The in-memory stores, with a transaction runner that counts. */
  private record Counted(InMemoryStores stores, AtomicInteger transactionsRun)
      implements GatewayStores {
    @Override
    public HppSessionRepository sessions() {
      return stores.sessions();
    }

    @Override
    public IdempotencyStore idempotency() {
      return stores.idempotency();
    }

    @Override
    public OutboxRepository outbox() {
      return stores.outbox();
    }

    @Override
    public MerchantRepository merchants() {
      return stores.merchants();
    }

    @Override
    public ProviderEventLog eventLog() {
      return stores.eventLog();
    }

    @Override
    public HppSessionTimeline timeline() {
      return stores.timeline();
    }

    @Override
    public TransactionRunner transactions() {
      return new TransactionRunner() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
          transactionsRun.incrementAndGet();
          return work.get();
        }
      };
    }
  }

  @Test
  void theGatewayWorksOnEveryStoreOfTheBundleAndRunsItsTransactions() {
    InMemoryStores stores = new InMemoryStores();
    Counted bundle = new Counted(stores, new AtomicInteger());
    stores
        .merchants()
        .save(new Merchant(MERCHANT, "Shop", "keyhash", null, null, CallbackSecrets.hash("m-s")));
    CapableInMemoryPaymentProvider pay = InMemoryPaymentProvider.fullyCapable("fake-pay");
    try (HppGateway gateway = HppGateway.builder().stores(bundle).provider(pay).build()) {
      HppSession page =
          gateway
              .createHppSession()
              .create(
                  new CreateHppSessionCommand(
                      MERCHANT,
                      PAY,
                      "order-42",
                      TestHppSessions.order(),
                      TestHppSessions.urls(),
                      PageOptions.none(),
                      null,
                      null,
                      "key-1"))
              .session();
      String ref = page.providerRefs().hppSessionId();
      pay.shopper(ref, HppStatus.COMPLETED);
      // A per-merchant callback URL: its secret is found only through the bundle's merchants.
      CallbackUrl url = CallbackUrl.forMerchant(PAY, MERCHANT, "m-s");
      assertThat(
              gateway
                  .handleProviderCallback()
                  .handle(
                      new ReceivedCallback(
                          "/gw" + url.path(), null, Map.of(), "e1 " + ref + " COMPLETED")))
          .isEqualTo(CallbackOutcome.APPLIED);

      assertThat(stores.sessions().findById(page.id()).orElseThrow().status())
          .isEqualTo(HppStatus.COMPLETED);
      assertThat(stores.outbox().all())
          .extracting(OutboxMessage::type)
          .containsExactly("hpp_session.created", "hpp_session.completed");
      assertThat(stores.eventLog().alreadyHandled(PAY, "e1")).isTrue();
      assertThat(stores.timeline().list(page.id()))
          .extracting(e -> e.type())
          .containsExactly("hpp_session.created", "hpp_session.completed");
      Instant now = Instant.now();
      assertThat(
              stores
                  .idempotency()
                  .claim(
                      MERCHANT,
                      "key-1",
                      "someone-else",
                      "other",
                      now,
                      now.plus(Duration.ofHours(1))))
          .as("the create claimed and completed its key in the bundle's idempotency store")
          .isNotInstanceOf(IdempotencyClaim.Claimed.class);
      assertThat(bundle.transactionsRun())
          .as("saves ran in the bundle's transactions")
          .hasPositiveValue();
    }
  }
}
