package dev.hppgateway.adapter.klarnakp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.hppv1.HppV1SandboxContractTest;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.sandbox.fixtures.SandboxExtension;
import dev.hppgateway.sandbox.fixtures.SandboxShopper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI contract against the provider sandbox over real HTTP on loopback: the adapter talks to
 * the simulated KP and HPP APIs, and a shopper presses the buttons of the sandbox's hosted page.
 */
class KlarnaKpSandboxContractTest extends HppV1SandboxContractTest {
  // Fixed credentials, so a call without them (or with others) would fail.
  private static final String USERNAME = "kp-sandbox-user";
  private static final String PASSWORD = "kp-sandbox-password";

  @RegisterExtension
  static final SandboxExtension SANDBOX =
      SandboxExtension.with(
          Map.of(
              "hpp.sandbox.klarna.username", USERNAME,
              "hpp.sandbox.klarna.password", PASSWORD));

  private static KlarnaKpPaymentProvider provider;

  @BeforeAll
  static void connect() {
    provider =
        SANDBOX.closeAfterAll(
            new KlarnaKpPaymentProvider(
                new KlarnaKpConfig(
                    SANDBOX.server().klarnaBaseUrl(),
                    USERNAME,
                    PASSWORD,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(5),
                    true)));
  }

  @Override
  protected PaymentProvider provider() {
    return provider;
  }

  @Test
  void openedPageReadsAsInProgress() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    SHOPPER.press(created.links().redirectUrl(), SandboxShopper.BACK);
    ProviderObservation observation = provider.readPage(PageView.of(open(draft, created)));
    assertThat(observation.normalized()).isEqualTo(HppStatus.IN_PROGRESS);
    assertThat(observation.raw()).isEqualTo("BACK");
  }

  /** The success URL the adapter sent comes back with {{session_id}} filled by the provider. */
  @Test
  void payingRedirectsToTheSuccessUrlWithTheProviderSessionId() {
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft()));
    String location = SHOPPER.press(created.links().redirectUrl(), SandboxShopper.PAY);
    assertThat(location)
        .isEqualTo("https://shop.example/success?sid=" + created.refs().hppSessionId());
  }

  /**
   * With place_order_mode NONE the sandbox mints an authorization token on Pay; the adapter places
   * the order with it, and a retry with the same idempotency key gets the same order back.
   */
  @Test
  void afterCompletedPlacesTheOrderWithTheMintedAuthorizationToken() {
    HppSessionDraft draft = draft();
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    shopperFinishes(created, HppStatus.COMPLETED);
    HppSession session = open(draft, created);
    ProviderObservation completed = provider.readPage(PageView.of(session));
    assertThat(completed.authorizationToken()).isNotBlank();
    assertThat(completed.orderId()).isNull();
    session.observe(completed, Instant.now());
    assertThat(session.authorizationToken()).isEqualTo(completed.authorizationToken());

    Optional<String> orderId = provider.completeOrder(PageView.of(session));

    assertThat(orderId).get().asString().isNotBlank();
    assertThat(provider.completeOrder(PageView.of(session))).isEqualTo(orderId);
  }

  /** With PLACE_ORDER the provider places the order itself; the adapter only reports its id. */
  @Test
  void placeOrderModeReportsTheOrderTheProviderPlaced() {
    HppSessionDraft plain = draft();
    HppSessionDraft draft =
        new HppSessionDraft(
            plain.id(),
            plain.merchantId(),
            plain.providerId(),
            plain.merchantReference(),
            plain.order(),
            plain.merchantUrls(),
            PageOptions.of(Map.of("place_order_mode", "PLACE_ORDER")),
            plain.shopper(),
            plain.expiresAt(),
            plain.callbackSecretHash());
    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    shopperFinishes(created, HppStatus.COMPLETED);
    HppSession session = open(draft, created);
    ProviderObservation completed = provider.readPage(PageView.of(session));
    assertThat(completed.normalized()).isEqualTo(HppStatus.COMPLETED);
    assertThat(completed.orderId()).isNotBlank();
    session.observe(completed, Instant.now());

    assertThat(provider.completeOrder(PageView.of(session))).contains(completed.orderId());
  }
}
