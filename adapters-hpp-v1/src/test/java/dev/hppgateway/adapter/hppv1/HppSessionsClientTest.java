package dev.hppgateway.adapter.hppv1;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.PASSWORD;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.USERNAME;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.assertNoSecrets;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.basicAuthHeader;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.errorBody;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.json;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.sessionAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.adapter.providerhttp.ProviderAuth;
import dev.hppgateway.adapter.providerhttp.ProviderConnection;
import dev.hppgateway.adapter.providerhttp.ProviderHttpClient;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.UrlKind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HppSessionsClientTest {
  private static final ProviderId PROVIDER = ProviderId.of("klarna-kp");
  private static final ProviderAuth AUTH = ProviderAuth.basic(USERNAME, PASSWORD);
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(3600);

  @RegisterExtension static WireMockExtension server = HppV1Stubs.loopbackServer();

  private ProviderHttpClient http;
  private HppSessionsClient hpp;

  @BeforeEach
  void setUp() {
    http =
        client(
            new ProviderConnection(
                PROVIDER,
                server.baseUrl() + "/",
                AUTH,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5)));
    hpp = new HppSessionsClient(http);
  }

  /** The client HppPages builds: HTTP Basic, Klarna-style error bodies. */
  private static ProviderHttpClient client(ProviderConnection connection) {
    return new ProviderHttpClient(connection, new KlarnaErrorReader());
  }

  @AfterEach
  void tearDown() {
    http.close();
  }

  private static MerchantUrls allUrls() {
    Map<UrlKind, String> raw = new EnumMap<>(UrlKind.class);
    raw.put(
        UrlKind.SUCCESS,
        "https://shop.example/success?sid={{session_id}}&token={{authorization_token}}");
    raw.put(UrlKind.CANCEL, "https://shop.example/cancel?sid={{session_id}}");
    raw.put(UrlKind.BACK, "https://shop.example/back?sid={{session_id}}");
    raw.put(UrlKind.FAILURE, "https://shop.example/fail?sid={{session_id}}");
    raw.put(UrlKind.ERROR, "https://shop.example/error?sid={{session_id}}");
    raw.put(UrlKind.STATUS_UPDATE, "https://gw.example/callbacks/klarna-kp/hpp_1/s3cret");
    return MerchantUrls.parse(raw);
  }

  @Test
  void createSendsEveryDocumentedFieldWithPlaceholdersRaw() {
    server.stubFor(
        post("/hpp/v1/sessions")
            .willReturn(json(201, HppV1Stubs.createdAnswer(server.baseUrl(), "hpp-1"))));
    PageOptions options =
        PageOptions.of(
            Map.of(
                "place_order_mode", "CAPTURE_ORDER",
                "page_title", "Complete your purchase",
                "logo_url", "https://shop.example/logo.png",
                "background_images",
                    List.of(Map.of("url", "https://shop.example/bg-1200.jpg", "width", 1200)),
                "payment_method_categories", List.of("PAY_LATER", "PAY_NOW"),
                "purchase_type", "BUY",
                "hide_subtotal_detail", true,
                "profile_id", "87ab3565-5e06-4006-9ada-8eedc6926703"));

    hpp.create(
        new HppPageRequest(
            "https://api.example/payments/v1/sessions/kp-1",
            allUrls(),
            options,
            PlaceOrderMode.CAPTURE_ORDER));

    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions"))
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
            {"payment_session_url":"https://api.example/payments/v1/sessions/kp-1",
             "merchant_urls":{
               "success":"https://shop.example/success?sid={{session_id}}&token={{authorization_token}}",
               "cancel":"https://shop.example/cancel?sid={{session_id}}",
               "back":"https://shop.example/back?sid={{session_id}}",
               "failure":"https://shop.example/fail?sid={{session_id}}",
               "error":"https://shop.example/error?sid={{session_id}}",
               "status_update":"https://gw.example/callbacks/klarna-kp/hpp_1/s3cret"},
             "options":{
               "background_images":[{"url":"https://shop.example/bg-1200.jpg","width":1200}],
               "logo_url":"https://shop.example/logo.png",
               "page_title":"Complete your purchase",
               "payment_method_categories":["PAY_LATER","PAY_NOW"],
               "place_order_mode":"CAPTURE_ORDER",
               "purchase_type":"BUY",
               "show_subtotal_detail":"HIDE"},
             "profile_id":"87ab3565-5e06-4006-9ada-8eedc6926703"}
            """)));
  }

  /** A base URL with a path (the sandbox's /sandbox/klarna, a proxy) keeps it on every call. */
  @Test
  void aBaseUrlPathPrefixesEveryCall() {
    server.stubFor(
        get("/sandbox/klarna/hpp/v1/sessions/hpp-7")
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .willReturn(json(200, sessionAnswer("hpp-7", "WAITING", null, null))));
    try (ProviderHttpClient prefixed =
        client(
            new ProviderConnection(
                PROVIDER,
                server.baseUrl() + "/sandbox/klarna/",
                AUTH,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5)))) {
      assertThat(new HppSessionsClient(prefixed).observe("hpp-7", null, LATER, NOW).normalized())
          .isEqualTo(HppStatus.WAITING);
    }
  }

  @Test
  void createSendsASingleCategoryAndLeavesUnsetFieldsOut() {
    server.stubFor(
        post("/hpp/v1/sessions")
            .willReturn(json(201, HppV1Stubs.createdAnswer(server.baseUrl(), "hpp-1"))));
    PageOptions options = PageOptions.of(Map.of("payment_method_category", "KLARNA"));

    hpp.create(
        new HppPageRequest(
            "https://api.example/checkout/v3/orders/o-1",
            MerchantUrls.parse(Map.of(UrlKind.SUCCESS, "https://shop.example/ok?o={{order_id}}")),
            options,
            null));

    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions"))
            .withRequestBody(
                equalToJson(
                    """
        {"payment_session_url":"https://api.example/checkout/v3/orders/o-1",
         "merchant_urls":{"success":"https://shop.example/ok?o={{order_id}}"},
         "options":{"payment_method_category":"KLARNA"}}
        """,
                    false,
                    false)));
  }

  @Test
  void createMapsEveryAnswerFieldVerbatim() {
    server.stubFor(
        post("/hpp/v1/sessions")
            .willReturn(json(201, HppV1Stubs.createdAnswer(server.baseUrl(), "hpp-9"))));

    HppCreatedSession created =
        hpp.create(
            new HppPageRequest(
                "https://api.example/payments/v1/sessions/kp-1", null, null, PlaceOrderMode.NONE));

    assertThat(created.sessionId()).isEqualTo("hpp-9");
    assertThat(created.sessionUrl()).isEqualTo(server.baseUrl() + "/hpp/v1/sessions/hpp-9");
    assertThat(created.redirectUrl()).isEqualTo("https://pay.example.test/eu/hpp/payments/hpp-9");
    assertThat(created.qrCodeUrl()).isEqualTo("https://pay.example.test/eu/hpp/payments/hpp-9/qr");
    assertThat(created.distributionUrl())
        .isEqualTo(server.baseUrl() + "/hpp/v1/sessions/hpp-9/distribution");
    assertThat(created.expiresAt()).isEqualTo(Instant.parse("2038-01-19T03:14:07Z"));
    assertThat(created.distributionModule())
        .isEqualTo(
            new HppCreatedSession.DistributionModule(
                "dm-token", "https://pay.example.test/s", "https://pay.example.test/g"));
    assertThat(created.distributionModule().toString()).doesNotContain("dm-token");
    assertThat(created.manualIdentificationCheckUrl())
        .endsWith("/hpp/v1/sessions/hpp-9/manual-id-check");
    assertThat(created.shopperLinks().redirectUrl()).isEqualTo(created.redirectUrl());
  }

  @Test
  void createAnswerWithoutSessionIdOrRedirectIsMalformed() {
    server.stubFor(post("/hpp/v1/sessions").willReturn(json(201, "{\"session_id\":\"x\"}")));
    assertThatThrownBy(
            () -> hpp.create(new HppPageRequest("https://a.example/x", null, null, null)))
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("redirect_url");
  }

  @Test
  void createAnswerWithBadExpiryIsMalformed() {
    server.stubFor(
        post("/hpp/v1/sessions")
            .willReturn(
                json(
                    201,
                    "{\"session_id\":\"x\",\"redirect_url\":\"https://p.example/x\",\"expires_at\":\"tomorrow\"}")));
    assertThatThrownBy(
            () -> hpp.create(new HppPageRequest("https://a.example/x", null, null, null)))
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("expires_at");
  }

  @ParameterizedTest
  @CsvSource({
    "WAITING, WAITING",
    "IN_PROGRESS, IN_PROGRESS",
    "MANUAL_ID_CHECK, IN_PROGRESS",
    "BACK, IN_PROGRESS",
    "COMPLETED, COMPLETED",
    "CANCELLED, CANCELLED",
    "FAILED, FAILED",
    "ERROR, FAILED",
    "DISABLED, DISABLED",
    "SOMETHING_NEW, UNKNOWN"
  })
  void readMapsEveryStatusAndKeepsTheRawOne(String raw, HppStatus expected) {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .willReturn(json(200, sessionAnswer("hpp-1", raw, null, null))));

    ProviderObservation observation = hpp.observe("hpp-1", null, LATER, NOW);

    assertThat(observation.normalized()).isEqualTo(expected);
    assertThat(observation.raw()).isEqualTo(raw);
  }

  @Test
  void readCapturesAuthorizationTokenAndOrderId() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(json(200, sessionAnswer("hpp-1", "COMPLETED", "tok-1", "ord-1"))));

    HppSessionState state = hpp.read("hpp-1").orElseThrow();

    assertThat(state.authorizationToken()).isEqualTo("tok-1");
    assertThat(state.orderId()).isEqualTo("ord-1");
    assertThat(state.klarnaReference()).isEqualTo("KR-ord-1");
    assertThat(state.toString()).doesNotContain("tok-1");
    assertThat(state.observation())
        .isEqualTo(new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "tok-1", "ord-1"));
  }

  @Test
  void readOfAForgottenPageIsExpiredNotFound() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(json(404, errorBody("NOT_FOUND", "gone", "c-404"))));

    assertThat(hpp.read("hpp-1")).isEmpty();
    assertThat(hpp.observe("hpp-1", null, NOW.minusSeconds(1), NOW))
        .isEqualTo(ProviderObservation.of(HppStatus.EXPIRED, "NOT_FOUND"));
  }

  /** A 404 at or after the page's expires_at is the API forgetting an expired page. */
  @Test
  void aNotFoundFromTheMomentThePageExpiresIsExpired() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(json(404, errorBody("NOT_FOUND", "gone", "c-404"))));

    assertThat(hpp.observe("hpp-1", null, NOW, NOW))
        .isEqualTo(ProviderObservation.of(HppStatus.EXPIRED, "NOT_FOUND"));
  }

  /**
   * A 404 before the page's expires_at cannot be an expiry (the page may still be paid): the read
   * is unavailable and retried, never EXPIRED.
   */
  @Test
  void aNotFoundBeforeThePageExpiresIsUnavailableNotExpired() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(json(404, errorBody("NOT_FOUND", "gone", "c-404"))));

    ProviderUnavailableException e =
        catchThrowableOfType(
            ProviderUnavailableException.class,
            () -> hpp.observe("hpp-1", null, NOW.plusSeconds(1), NOW));

    assertThat(e.provider()).isEqualTo(PROVIDER);
    assertThat(e.getMessage()).contains("404").contains("expires_at");
  }

  /** The session_url the create answered is where the page is read and disabled. */
  @Test
  void theSessionUrlOnTheConfiguredHostIsWhereThePageIsReadAndDisabled() {
    server.stubFor(
        get("/hpp/v2/pages/hpp-1")
            .willReturn(json(200, sessionAnswer("hpp-1", "IN_PROGRESS", null, null))));
    server.stubFor(delete("/hpp/v2/pages/hpp-1").willReturn(aResponse().withStatus(204)));
    String sessionUrl = server.baseUrl() + "/hpp/v2/pages/hpp-1";

    assertThat(hpp.observe("hpp-1", sessionUrl, LATER, NOW).normalized())
        .isEqualTo(HppStatus.IN_PROGRESS);
    hpp.disable("hpp-1", sessionUrl);

    server.verify(
        getRequestedFor(urlEqualTo("/hpp/v2/pages/hpp-1"))
            .withHeader("Authorization", equalTo(basicAuthHeader())));
    server.verify(deleteRequestedFor(urlEqualTo("/hpp/v2/pages/hpp-1")));
    server.verify(0, getRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1")));
  }

  /** A session_url on another host gets no credentials: the documented path is used instead. */
  @Test
  void aSessionUrlOnAnotherHostFallsBackToTheDocumentedPath() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(json(200, sessionAnswer("hpp-1", "WAITING", null, null))));
    server.stubFor(delete("/hpp/v1/sessions/hpp-1").willReturn(aResponse().withStatus(204)));
    String elsewhere = "https://elsewhere.example/hpp/v1/sessions/hpp-1";

    assertThat(hpp.observe("hpp-1", elsewhere, LATER, NOW).normalized())
        .isEqualTo(HppStatus.WAITING);
    hpp.disable("hpp-1", elsewhere);

    server.verify(getRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1")));
    server.verify(deleteRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1")));
  }

  @Test
  void readWithoutStatusIsMalformed() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1").willReturn(json(200, "{\"session_id\":\"hpp-1\"}")));
    assertThatThrownBy(() -> hpp.read("hpp-1"))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void readEncodesTheIdSoItCannotChangeTheRoute() {
    server.stubFor(
        get(urlEqualTo("/hpp/v1/sessions/a%2F..%2Fb"))
            .willReturn(json(200, sessionAnswer("a/../b", "WAITING", null, null))));
    assertThat(hpp.observe("a/../b", null, LATER, NOW).normalized()).isEqualTo(HppStatus.WAITING);
  }

  @Test
  void disableSendsDeleteAndAcceptsNoContent() {
    server.stubFor(delete("/hpp/v1/sessions/hpp-1").willReturn(aResponse().withStatus(204)));

    hpp.disable("hpp-1");

    server.verify(
        deleteRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1"))
            .withHeader("Authorization", equalTo(basicAuthHeader())));
  }

  @Test
  void disablingACompletedPageIsRejectedWithTheCorrelationId() {
    server.stubFor(
        delete("/hpp/v1/sessions/hpp-1")
            .willReturn(json(400, errorBody("NOT_ALLOWED", "Session is completed", "corr-7"))));

    ProviderRejectedException e =
        catchThrowableOfType(ProviderRejectedException.class, () -> hpp.disable("hpp-1"));

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("NOT_ALLOWED");
    assertThat(e.messages()).containsExactly("Session is completed");
    assertThat(e.correlationId()).isEqualTo("corr-7");
  }

  @Test
  void distributesBySmsToTheDistributionUrlOfTheCreateAnswer() {
    server.stubFor(
        post("/hpp/v1/sessions/hpp-1/distribution").willReturn(aResponse().withStatus(201)));

    hpp.distribute(
        "hpp-1",
        server.baseUrl() + "/hpp/v1/sessions/hpp-1/distribution",
        new DistributionRequest(
            DistributionMethod.SMS, new Shopper("a@b.example", "+46701234567", "SE")));

    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1/distribution"))
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .withRequestBody(
                equalToJson(
                    """
            {"method":"sms","contact_information":{"phone":"+46701234567","phone_country":"SE"}}""")));
  }

  @Test
  void distributesByEmailAndNeverSendsCredentialsToAForeignHost() {
    server.stubFor(
        post("/hpp/v1/sessions/hpp-1/distribution").willReturn(aResponse().withStatus(204)));

    hpp.distribute(
        "hpp-1",
        "https://elsewhere.example/hpp/v1/sessions/hpp-1/distribution",
        new DistributionRequest(DistributionMethod.EMAIL, new Shopper("a@b.example", null, null)));

    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1/distribution"))
            .withRequestBody(
                equalToJson(
                    """
            {"method":"email","contact_information":{"email":"a@b.example"}}""")));
  }

  @Test
  void smsWithoutPhoneIsAValidationError() {
    assertThatThrownBy(
            () ->
                hpp.distribute(
                    "hpp-1",
                    null,
                    new DistributionRequest(
                        DistributionMethod.SMS, new Shopper("a@b.example", null, null))))
        .isInstanceOf(DomainValidationException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "400, BAD_VALUE",
    "401, UNAUTHORIZED",
    "403, FORBIDDEN",
    "404, NOT_FOUND",
    "409, CONFLICT"
  })
  void fourHundredsAreRejectionsWithProviderMessages(int status, String code) {
    server.stubFor(
        post("/hpp/v1/sessions")
            .willReturn(json(status, errorBody(code, "went wrong", "corr-" + status))));

    ProviderRejectedException e =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> hpp.create(new HppPageRequest("https://a.example/x", null, null, null)));

    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.messages()).containsExactly("went wrong");
    assertThat(e.correlationId()).isEqualTo("corr-" + status);
    assertThat(e.provider()).isEqualTo(PROVIDER);
    assertNoSecrets(e);
  }

  @Test
  void rejectionWithoutAJsonBodyStillMaps() {
    server.stubFor(
        post("/hpp/v1/sessions")
            .willReturn(aResponse().withStatus(401).withBody("<html>nope</html>")));
    ProviderRejectedException e =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> hpp.create(new HppPageRequest("https://a.example/x", null, null, null)));
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.correlationId()).isNull();
    assertNoSecrets(e);
  }

  @Test
  void tooManyRequestsIsUnavailableWithRetryAfter() {
    server.stubFor(
        post("/hpp/v1/sessions")
            .willReturn(
                json(429, errorBody("RATE_LIMITED", "slow down", "corr-429"))
                    .withHeader("Retry-After", "7")));

    ProviderUnavailableException e =
        catchThrowableOfType(
            ProviderUnavailableException.class,
            () -> hpp.create(new HppPageRequest("https://a.example/x", null, null, null)));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(e.correlationId()).isEqualTo("corr-429");
    assertNoSecrets(e);
  }

  @Test
  void serverErrorIsUnavailableWithCorrelationId() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(json(500, errorBody("INTERNAL", "boom", "corr-500"))));

    ProviderUnavailableException e =
        catchThrowableOfType(ProviderUnavailableException.class, () -> hpp.read("hpp-1"));

    assertThat(e.correlationId()).isEqualTo("corr-500");
    assertThat(e.retryAfter()).isNull();
    assertNoSecrets(e);
  }

  @Test
  void readTimeoutIsUnavailable() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(
                json(200, sessionAnswer("hpp-1", "WAITING", null, null)).withFixedDelay(1500)));

    try (ProviderHttpClient impatient =
        client(
            new ProviderConnection(
                PROVIDER, server.baseUrl(), AUTH, Duration.ofSeconds(5), Duration.ofMillis(250)))) {
      ProviderUnavailableException e =
          catchThrowableOfType(
              ProviderUnavailableException.class,
              () -> new HppSessionsClient(impatient).read("hpp-1"));

      assertThat(e).hasMessageContaining("no answer within PT0.25S");
      assertNoSecrets(e);
    }
  }

  @Test
  void refusedConnectionIsUnavailable() {
    try (ProviderHttpClient closed =
        client(
            new ProviderConnection(
                PROVIDER,
                "http://127.0.0.1:1",
                AUTH,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1)))) {
      ProviderUnavailableException e =
          catchThrowableOfType(
              ProviderUnavailableException.class,
              () -> new HppSessionsClient(closed).read("hpp-1"));
      assertNoSecrets(e);
    }
  }

  @Test
  void malformedJsonIsAMalformedAnswerThatDoesNotQuoteTheBody() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(
                json(200, "{\"status\":\"COMPLETED\",\"authorization_token\":\"tok-secret\"")));

    ProviderMalformedAnswerException e =
        catchThrowableOfType(ProviderMalformedAnswerException.class, () -> hpp.read("hpp-1"));

    assertThat(e.getMessage()).doesNotContain("tok-secret");
    assertNoSecrets(e);
  }

  @Test
  void parsesAStatusCallback() {
    CallbackHint hint =
        hpp.parseStatusCallback(
            """
        {"event_id":"ev-1","session":{"session_id":"hpp-1","status":"COMPLETED","authorization_token":"t","extra":1}}""");
    assertThat(hint)
        .isEqualTo(
            new CallbackHint(
                "ev-1", "hpp-1", null, "COMPLETED", dev.hppgateway.domain.HppStatus.COMPLETED));
  }

  @Test
  void malformedCallbacksAreMalformedAnswers() {
    assertThatThrownBy(() -> hpp.parseStatusCallback("not json"))
        .isInstanceOf(ProviderMalformedAnswerException.class);
    assertThatThrownBy(() -> hpp.parseStatusCallback("{\"event_id\":\"e\"}"))
        .isInstanceOf(ProviderMalformedAnswerException.class);
    assertThatThrownBy(() -> hpp.parseStatusCallback("{\"session\":{\"status\":\"WAITING\"}}"))
        .isInstanceOf(ProviderMalformedAnswerException.class);
    assertThatThrownBy(() -> hpp.parseStatusCallback(""))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void connectionNeverPrintsThePassword() {
    assertThat(new ProviderConnection(PROVIDER, "https://api.example", AUTH, null, null).toString())
        .doesNotContain(PASSWORD)
        .contains(USERNAME);
  }
}
