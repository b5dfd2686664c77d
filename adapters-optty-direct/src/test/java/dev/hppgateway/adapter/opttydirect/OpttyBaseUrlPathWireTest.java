package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.domain.HppStatus;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base URLs with a path (the provider sandbox's, a proxy's) keep it on every call, on both hosts.
 */
class OpttyBaseUrlPathWireTest {
  @RegisterExtension static WireMockExtension wm = OpttyStubs.server();

  @Test
  void tokenAndApiCallsGoBelowTheBasePaths() {
    wm.stubFor(
        post(urlEqualTo("/sandbox/optty-auth/token"))
            .withRequestBody(containing("scope=api-user"))
            .willReturn(
                OpttyStubs.json(
                    200,
                    "{\"access_token\":\"tok-p\",\"expires_in\":3600,\"token_type\":\"Bearer\",\"scope\":\"api-user\"}")));
    wm.stubFor(
        get(urlEqualTo("/sandbox/optty/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-p"))
            .willReturn(OpttyStubs.json(200, "{\"status\":\"SUCCESSFUL\"}")));
    wm.stubFor(
        get(urlEqualTo("/orders/inv-1")).atPriority(10).willReturn(aResponse().withStatus(418)));
    OpttyDirectConfig config =
        OpttyStubs.config(wm.baseUrl())
            .withBaseUrls(
                URI.create(wm.baseUrl() + "/sandbox/optty-auth"),
                URI.create(wm.baseUrl() + "/sandbox/optty/"));

    try (OpttyDirectPaymentProvider provider = new OpttyDirectPaymentProvider(config)) {
      assertThat(provider.readPage(PageView.of(OpttyDrafts.session("inv-1"))).normalized())
          .isEqualTo(HppStatus.COMPLETED);
    }
  }
}
