package dev.hppgateway.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a plain Java program writes to embed the gateway: no framework, a few lines. */
class EmbeddedUseTest {

  @Test
  void plainJavaProgramCreatesAndReadsAPage() {
    InMemoryPaymentProvider provider = InMemoryPaymentProvider.fullyCapable("fake-pay");
    InMemoryOutbox outbox = new InMemoryOutbox();
    HppGateway gateway =
        HppGateway.builder()
            .publicBaseUrl("https://pay.example.com")
            .provider(provider)
            .outbox(outbox)
            .build();

    OrderLine ticket = OrderLine.of(OrderLineType.DIGITAL, "Concert ticket", 1, 59_00, 600);
    PaymentOrder order =
        new PaymentOrder(
            Money.of(59_00, "EUR"),
            Money.of(ticket.totalTaxAmount(), "EUR"),
            List.of(ticket),
            "DE",
            "de-DE");
    HppSession page =
        gateway
            .createHppSession()
            .create(
                new CreateHppSessionCommand(
                    MerchantId.of("shop-1"),
                    ProviderId.of("fake-pay"),
                    "cart-77",
                    order,
                    null,
                    null,
                    null,
                    null,
                    null))
            .session();

    assertThat(page.links().redirectUrl()).startsWith("https://pay.invalid/");
    assertThat(gateway.getHppSession().get(MerchantId.of("shop-1"), page.id()).status())
        .isEqualTo(HppStatus.WAITING);
    assertThat(outbox.all()).extracting(OutboxMessage::type).containsExactly("hpp_session.created");
  }
}
