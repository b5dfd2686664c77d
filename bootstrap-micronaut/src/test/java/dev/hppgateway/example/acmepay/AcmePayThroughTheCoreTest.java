package dev.hppgateway.example.acmepay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.adapter.inmemory.InMemoryOutbox;
import dev.hppgateway.application.HppGateway;
import dev.hppgateway.application.fixtures.MutableClock;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.RefundOrCancelCommand;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.UrlKind;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Step 7: registered with the core, the new provider is used like the built-in ones. */
class AcmePayThroughTheCoreTest {
  private final AcmePayServer acme;
  private final MutableClock clock = new MutableClock(TestHppSessions.NOW);
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final HppGateway gateway;

  AcmePayThroughTheCoreTest() throws IOException {
    acme = new AcmePayServer();
    gateway =
        HppGateway.builder()
            .publicBaseUrl("https://gw.example")
            .provider(
                new AcmePayPaymentProvider(
                    new AcmePayConfig(acme.baseUrl(), AcmePayServer.API_KEY)))
            .outbox(outbox)
            .clock(clock)
            .build();
  }

  @AfterEach
  void stop() {
    acme.close();
  }

  private HppSession create(MerchantUrls urls) {
    return gateway
        .createHppSession()
        .create(
            new CreateHppSessionCommand(
                TestHppSessions.MERCHANT,
                AcmePayPaymentProvider.ID,
                "cart-1",
                TestHppSessions.order(),
                urls,
                null,
                null,
                null,
                null))
        .session();
  }

  @Test
  void paymentIsLearnedByReconciliationSinceAcmeHasNoStatusCallback() {
    HppSession page =
        create(
            MerchantUrls.parse(
                Map.of(UrlKind.SUCCESS, "https://shop.example/ok?s={{session_id}}")));
    assertThat(page.links().redirectUrl()).startsWith(acme.baseUrl() + "/pay/");
    assertThat(page.expiresAt()).isEqualTo(TestHppSessions.NOW.plus(Duration.ofHours(23)));

    acme.shopper(page.providerRefs().hppSessionId(), "paid");
    clock.advance(Duration.ofMinutes(16));
    assertThat(gateway.sweepHppSessions().sweep(10).reconciled()).isEqualTo(1);

    assertThat(gateway.getHppSession().get(TestHppSessions.MERCHANT, page.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
    assertThat(outbox.all())
        .extracting(OutboxMessage::type)
        .containsExactly("hpp_session.created", "hpp_session.completed");
    assertThatThrownBy(
            () -> gateway.disableHppSession().disable(TestHppSessions.MERCHANT, page.id()))
        .isInstanceOf(CapabilityNotSupportedException.class);
  }

  @Test
  void withoutTheCapabilityAnOpenPageIsNotDisabledAndAcmeIsNotCalled() {
    HppSession page = create(null);
    int callsBefore = acme.requests();
    assertThatThrownBy(
            () -> gateway.disableHppSession().disable(TestHppSessions.MERCHANT, page.id()))
        .isInstanceOfSatisfying(
            CapabilityNotSupportedException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo("disable is not supported by provider acme-pay"));
    assertThatThrownBy(
            () ->
                gateway
                    .refundOrCancelHppSession()
                    .refundOrCancel(
                        new RefundOrCancelCommand(
                            TestHppSessions.MERCHANT,
                            page.id(),
                            RefundOrCancelCommand.Kind.CANCEL,
                            null)))
        .isInstanceOf(CapabilityNotSupportedException.class);
    assertThat(acme.requests()).as("no call reached Acme").isEqualTo(callsBefore);
    assertThat(gateway.getHppSession().get(TestHppSessions.MERCHANT, page.id()).status())
        .isEqualTo(HppStatus.WAITING);
  }

  @Test
  void capabilitiesAreEnforcedByTheCore() {
    MerchantUrls cancel = MerchantUrls.parse(Map.of(UrlKind.CANCEL, "https://shop.example/cancel"));
    assertThatThrownBy(() -> create(cancel))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.reason()).isEqualTo("is not supported by provider acme-pay"));
  }
}
