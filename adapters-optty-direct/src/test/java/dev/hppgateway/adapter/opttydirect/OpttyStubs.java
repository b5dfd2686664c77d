package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;

/** WireMock stubs of Optty's token endpoint and config pointing the adapter at WireMock. */
final class OpttyStubs {
  static final String CLIENT_ID = "client-123";

  /** Characters that must be form-encoded, to prove the encoding. */
  static final String CLIENT_SECRET = "s3cr3t+/=&value";

  static final String ENCODED_SECRET = "s3cr3t%2B%2F%3D%26value";

  private OpttyStubs() {}

  /** A WireMock server on a dynamic port, reset before each test. */
  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
  }

  static OpttyDirectConfig config(String baseUrl) {
    return OpttyDirectConfig.sandbox(CLIENT_ID, CLIENT_SECRET)
        .withBaseUrls(URI.create(baseUrl), URI.create(baseUrl))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  /**
   * Answers token requests of {@code scope} with {@code token} valid for {@code expiresIn} seconds.
   */
  static void token(Stubbing wm, String scope, String token, long expiresIn) {
    wm.stubFor(
        post(urlEqualTo("/token"))
            .withRequestBody(containing("scope=" + scope))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\""
                            + token
                            + "\",\"expires_in\":"
                            + expiresIn
                            + ",\"token_type\":\"Bearer\",\"scope\":\""
                            + scope
                            + "\"}")));
  }

  /** A JSON answer with {@code status}. */
  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  static void tokens(Stubbing wm) {
    token(wm, "merchant", "tok-merchant-1", 86_400);
    token(wm, "api-user", "tok-api-user-1", 86_400);
  }
}
