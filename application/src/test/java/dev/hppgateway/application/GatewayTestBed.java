package dev.hppgateway.application;

import dev.hppgateway.adapter.inmemory.InMemoryHppSessionRepository;
import dev.hppgateway.adapter.inmemory.InMemoryMerchantRepository;
import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.application.fixtures.CapableInMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.MutableClock;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.UrlKind;
import java.util.List;

/** One gateway over in-memory stores and fake providers, with a hand-moved clock. */
final class GatewayTestBed {
  final MutableClock clock = new MutableClock(TestHppSessions.NOW);
  final CapableInMemoryPaymentProvider pay = InMemoryPaymentProvider.fullyCapable("fake-pay");
  final InMemoryPaymentProvider basic = InMemoryPaymentProvider.minimal("basic-pay");
  final InMemoryHppSessionRepository sessions = new InMemoryHppSessionRepository();
  final InMemoryOutbox outbox = new InMemoryOutbox();
  final InMemoryMerchantRepository merchants = new InMemoryMerchantRepository();
  final HppGateway gateway;

  GatewayTestBed() {
    this(new InMemoryHppSessionRepository());
  }

  GatewayTestBed(dev.hppgateway.application.port.out.persistence.HppSessionRepository repository) {
    gateway =
        HppGateway.builder()
            .publicBaseUrl("https://gw.example/")
            .provider(pay)
            .provider(basic)
            .sessions(repository)
            .outbox(outbox)
            .merchants(merchants)
            .clock(clock)
            .build();
  }

  CreateHppSessionCommand command(String provider, String idempotencyKey) {
    return new CreateHppSessionCommand(
        TestHppSessions.MERCHANT,
        dev.hppgateway.domain.ProviderId.of(provider),
        "order-42",
        TestHppSessions.order(),
        TestHppSessions.urls(),
        PageOptions.none(),
        TestHppSessions.shopper(),
        null,
        idempotencyKey);
  }

  CreateHppSessionCommand command(String provider) {
    return command(provider, null);
  }

  HppSession create() {
    return gateway.createHppSession().create(command("fake-pay")).session();
  }

  /** The callback secret the gateway put in the status_update URL it gave the provider. */
  String callbackSecret(HppSession session) {
    MerchantUrls urls = pay.draftOf(session.providerRefs().hppSessionId()).merchantUrls();
    String url = urls.get(UrlKind.STATUS_UPDATE).orElseThrow().raw();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  List<String> outboxTypes() {
    return outbox.all().stream().map(OutboxMessage::type).toList();
  }
}
