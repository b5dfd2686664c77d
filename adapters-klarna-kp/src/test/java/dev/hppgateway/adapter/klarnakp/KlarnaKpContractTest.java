package dev.hppgateway.adapter.klarnakp;

import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.adapter.hppv1.HppV1Stubs;
import dev.hppgateway.application.fixtures.PaymentProviderContractTest;
import dev.hppgateway.application.port.out.CreatedProviderSession;
import dev.hppgateway.application.port.out.PaymentProvider;
import dev.hppgateway.domain.HppStatus;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SPI contract, against WireMock stubs of the KP and HPP APIs. */
class KlarnaKpContractTest extends PaymentProviderContractTest {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @RegisterExtension
  static WireMockExtension server = HppV1Stubs.loopbackServer();

  private KlarnaKpPaymentProvider provider;

  @BeforeEach
  void stubKlarna() {
    int n = SEQUENCE.incrementAndGet();
    server.stubFor(post("/payments/v1/sessions").willReturn(HppV1Stubs.json(200,
        "{\"session_id\":\"kp-" + n + "\",\"client_token\":\"ct\",\"payment_method_categories\":[]}")));
    HppV1Stubs.stubCreateAndPage(server, "hpp-" + n, "auth-" + n, null);
    provider = new KlarnaKpPaymentProvider(new KlarnaKpConfig(server.baseUrl(), HppV1Stubs.USERNAME,
        HppV1Stubs.PASSWORD, Duration.ofSeconds(5), Duration.ofSeconds(5), true));
  }

  @AfterEach
  void close() {
    provider.close();
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
