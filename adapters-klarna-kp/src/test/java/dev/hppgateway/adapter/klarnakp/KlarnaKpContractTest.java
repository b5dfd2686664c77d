package dev.hppgateway.adapter.klarnakp;

import static com.github.tomakehurst.wiremock.client.WireMock.post;

import dev.hppgateway.adapter.hppv1.HppV1StubbedContractTest;
import dev.hppgateway.adapter.hppv1.HppV1Stubs;
import java.time.Duration;

/** The SPI contract, against WireMock stubs of the KP and HPP APIs. */
class KlarnaKpContractTest extends HppV1StubbedContractTest<KlarnaKpPaymentProvider> {

  @Override
  protected KlarnaKpPaymentProvider stubbedProvider(int n) {
    server.stubFor(
        post("/payments/v1/sessions")
            .willReturn(
                HppV1Stubs.json(
                    200,
                    "{\"session_id\":\"kp-"
                        + n
                        + "\",\"client_token\":\"ct\",\"payment_method_categories\":[]}")));
    HppV1Stubs.stubCreateAndPage(server, "hpp-" + n, "auth-" + n, null);
    // Klarna answers a retried placement with the same order (the idempotency key is the page's).
    server.stubFor(
        post("/payments/v1/authorizations/auth-" + n + "/order")
            .willReturn(
                HppV1Stubs.json(
                    200,
                    "{\"order_id\":\"order-"
                        + n
                        + "\",\"redirect_url\":\"https://shop.example/done\",\"fraud_status\":\"ACCEPTED\"}")));
    return new KlarnaKpPaymentProvider(
        new KlarnaKpConfig(
            server.baseUrl(),
            HppV1Stubs.USERNAME,
            HppV1Stubs.PASSWORD,
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            true));
  }
}
