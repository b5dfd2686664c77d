package dev.hppgateway.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.adapter.inmemory.InMemoryMerchantRepository;
import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.WebhookSender;
import dev.hppgateway.application.webhook.WebhookSignature;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import java.util.ArrayList;
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

  @Test
  void anEmbeddedGatewayDeliversSignedWebhooksThroughTheSenderItWasGiven() {
    String secret = "whsec_embedded_0123456789abcdef0123456789";
    InMemoryMerchantRepository merchants = new InMemoryMerchantRepository();
    merchants.save(
        new Merchant(
            MerchantId.of("shop-1"), "Shop", "hash", "https://shop.example/hooks", secret, null));
    List<String> sent = new ArrayList<>();
    WebhookSender sender =
        (url, body, headers) -> {
          assertThat(
                  WebhookSignature.verify(
                      body, headers.get(WebhookSignature.HEADER), secret, Duration.ofMinutes(5)))
              .isTrue();
          sent.add(url + " " + headers.get("Hpp-Event-Id"));
          return 204;
        };
    HppGateway gateway =
        HppGateway.builder()
            .provider(InMemoryPaymentProvider.fullyCapable("fake-pay"))
            .merchants(merchants)
            .webhookSender(sender)
            .build();
    OrderLine ticket = OrderLine.of(OrderLineType.DIGITAL, "Concert ticket", 1, 59_00, 600);
    gateway
        .createHppSession()
        .create(
            new CreateHppSessionCommand(
                MerchantId.of("shop-1"),
                ProviderId.of("fake-pay"),
                "cart-78",
                new PaymentOrder(
                    Money.of(59_00, "EUR"),
                    Money.of(ticket.totalTaxAmount(), "EUR"),
                    List.of(ticket),
                    "DE",
                    "de-DE"),
                null,
                null,
                null,
                null,
                null));

    assertThat(gateway.deliverWebhooks().deliverDue(10).delivered()).isEqualTo(1);

    assertThat(sent).singleElement().asString().startsWith("https://shop.example/hooks evt_");
    assertThat(gateway.deliverWebhooks().deliverDue(10).delivered()).as("sent once").isZero();
  }

  @Test
  void withoutASenderAskingForTheDeliverySaysWhatIsMissing() {
    HppGateway gateway =
        HppGateway.builder().provider(InMemoryPaymentProvider.fullyCapable("fake-pay")).build();

    assertThatThrownBy(gateway::deliverWebhooks)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("webhookSender");
  }
}
