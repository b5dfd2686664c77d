package dev.hppgateway.adapter.kustomkco;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.hppgateway.adapter.hppv1.HppV1StubbedContractTest;
import dev.hppgateway.adapter.hppv1.HppV1Stubs;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.UrlKind;
import java.time.Duration;
import java.util.Map;

/** The SPI contract, against WireMock stubs of the KCO and HPP APIs. */
class KustomKcoContractTest extends HppV1StubbedContractTest<KustomKcoPaymentProvider> {

  static KustomKcoConfig config(String baseUrl, Duration readTimeout) {
    return new KustomKcoConfig(
        baseUrl,
        HppV1Stubs.USERNAME,
        HppV1Stubs.PASSWORD,
        Duration.ofSeconds(5),
        readTimeout,
        "https://shop.example/terms",
        "https://shop.example/checkout",
        "https://shop.example/thanks");
  }

  @Override
  protected KustomKcoPaymentProvider stubbedProvider(int n) {
    server.stubFor(
        post("/checkout/v3/orders")
            .willReturn(
                HppV1Stubs.json(
                    201,
                    "{\"order_id\":\"kco-"
                        + n
                        + "\",\"status\":\"checkout_incomplete\",\"html_snippet\":\"<div/>\"}")));
    HppV1Stubs.stubCreateAndPage(server, "hpp-" + n, null, "kco-" + n);
    // The first acknowledge is accepted; a repeat is refused as already acknowledged (a success to
    // the adapter).
    String acknowledge = "/ordermanagement/v1/orders/kco-" + n + "/acknowledge";
    server.stubFor(
        post(acknowledge)
            .inScenario("ack-" + n)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(204))
            .willSetStateTo("ACKNOWLEDGED"));
    server.stubFor(
        post(acknowledge)
            .inScenario("ack-" + n)
            .whenScenarioStateIs("ACKNOWLEDGED")
            .willReturn(
                HppV1Stubs.json(
                    400,
                    HppV1Stubs.errorBody(
                        "NOT_ALLOWED", "Order is already acknowledged", "corr-ack"))));
    return new KustomKcoPaymentProvider(config(server.baseUrl(), Duration.ofSeconds(5)));
  }

  /** The gateway always sets the status URL, and KCO derives its push URL from it. */
  @Override
  protected HppSessionDraft draft() {
    return TestHppSessions.draft(
        KustomKcoPaymentProvider.ID,
        MerchantUrls.parse(
            Map.of(
                UrlKind.SUCCESS, "https://shop.example/success?sid={{session_id}}",
                UrlKind.STATUS_UPDATE, "https://gw.example/callbacks/kustom-kco/hpp_1/secret")));
  }
}
