package dev.hppgateway.adapter.kustomkco;

import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.adapter.hppv1.HppV1Stubs;
import dev.hppgateway.application.fixtures.PaymentProviderContractTest;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.CreatedProviderSession;
import dev.hppgateway.application.port.out.PaymentProvider;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.UrlKind;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SPI contract, against WireMock stubs of the KCO and HPP APIs. */
class KustomKcoContractTest extends PaymentProviderContractTest {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @RegisterExtension
  static WireMockExtension server = HppV1Stubs.loopbackServer();

  private KustomKcoPaymentProvider provider;

  static KustomKcoConfig config(String baseUrl, Duration readTimeout) {
    return new KustomKcoConfig(baseUrl, HppV1Stubs.USERNAME, HppV1Stubs.PASSWORD, Duration.ofSeconds(5), readTimeout,
        "https://shop.example/terms", "https://shop.example/checkout", "https://shop.example/thanks");
  }

  @BeforeEach
  void stubKustom() {
    int n = SEQUENCE.incrementAndGet();
    server.stubFor(post("/checkout/v3/orders").willReturn(HppV1Stubs.json(201,
        "{\"order_id\":\"kco-" + n + "\",\"status\":\"checkout_incomplete\",\"html_snippet\":\"<div/>\"}")));
    HppV1Stubs.stubCreateAndPage(server, "hpp-" + n, null, "kco-" + n);
    provider = new KustomKcoPaymentProvider(config(server.baseUrl(), Duration.ofSeconds(5)));
  }

  @AfterEach
  void close() {
    provider.close();
  }

  /** The gateway always sets the status URL, and KCO derives its push URL from it. */
  @Override
  protected HppSessionDraft draft() {
    return TestHppSessions.draft(KustomKcoPaymentProvider.ID, MerchantUrls.parse(Map.of(
        UrlKind.SUCCESS, "https://shop.example/success?sid={{session_id}}",
        UrlKind.STATUS_UPDATE, "https://gw.example/callbacks/kustom-kco/hpp_1/secret")));
  }

  @Override
  protected PaymentProvider provider() {
    return provider;
  }

  @Override
  protected void shopperFinishes(CreatedProviderSession created, HppStatus outcome) {
    HppV1Stubs.moveTo(server, created.refs().hppSessionId(), outcome.name());
  }
}
