package dev.hppgateway.example.acmepay;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.application.fixtures.PaymentProviderContractTest;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Step 7, the wire variant: the same SPI contract against WireMock stubs of Acme's exact requests
 * (the API key header, the link body) and answers; a shopper "finishes" by moving the link's stub.
 */
class AcmePayWireContractTest extends PaymentProviderContractTest {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @RegisterExtension
  static WireMockExtension acme =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private AcmePayPaymentProvider provider;

  @BeforeEach
  void stubOneLink() {
    String id = "lnk_w" + SEQUENCE.incrementAndGet();
    acme.stubFor(
        post("/links")
            .withHeader("X-Api-Key", equalTo(AcmePayServer.API_KEY))
            .withRequestBody(matchingJsonPath("$.currency", equalTo("SEK")))
            .withRequestBody(matchingJsonPath("$.amount", equalTo("24900")))
            .willReturn(okJson(link(id, "open")).withStatus(201)));
    acme.stubFor(
        get("/links/" + id)
            .inScenario(id)
            .whenScenarioStateIs(STARTED)
            .withHeader("X-Api-Key", equalTo(AcmePayServer.API_KEY))
            .willReturn(okJson(link(id, "open"))));
    for (String status : List.of("paid", "cancelled", "declined")) {
      acme.stubFor(
          get("/links/" + id)
              .inScenario(id)
              .whenScenarioStateIs(status)
              .willReturn(okJson(link(id, status))));
    }
    provider = new AcmePayPaymentProvider(new AcmePayConfig(acme.baseUrl(), AcmePayServer.API_KEY));
  }

  @AfterEach
  void closeProvider() {
    provider.close();
  }

  private static String link(String id, String status) {
    return "{\"id\":\""
        + id
        + "\",\"url\":\"https://pay.acme.example/"
        + id
        + "\",\"status\":\""
        + status
        + "\"}";
  }

  @Override
  protected PaymentProvider provider() {
    return provider;
  }

  @Override
  protected Optional<ProviderCallback> callbackFor(
      CreatedProviderSession created, HppStatus status) {
    return Optional.of(AcmeStatuses.callback(created.refs().hppSessionId(), status));
  }

  @Override
  protected void shopperFinishes(CreatedProviderSession created, HppStatus outcome) {
    acme.getRuntimeInfo()
        .getWireMock()
        .setSingleScenarioState(created.refs().hppSessionId(), AcmeStatuses.of(outcome));
  }
}
