package dev.hppgateway.adapter.klarnakp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.basicAuthHeader;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.errorBody;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.adapter.hppv1.HppV1Stubs;
import dev.hppgateway.adapter.hppv1.PlaceOrderMode;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.OptionCondition;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.PlaceholderRule;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.ShopperLinks;
import dev.hppgateway.domain.UrlKind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact wire contract of the KP adapter: what each call sends, and every answer mapped. */
class KlarnaKpWireContractTest {
  private static final String TOKEN = "auth-tok-Secret-42";

  @RegisterExtension static WireMockExtension server = HppV1Stubs.loopbackServer();

  private KlarnaKpPaymentProvider provider;

  @BeforeEach
  void setUp() {
    provider = provider(true, Duration.ofSeconds(5));
  }

  @AfterEach
  void tearDown() {
    provider.close();
  }

  private KlarnaKpPaymentProvider provider(boolean placeOrders, Duration readTimeout) {
    return new KlarnaKpPaymentProvider(
        new KlarnaKpConfig(
            server.baseUrl(), USERNAME, PASSWORD, Duration.ofSeconds(5), readTimeout, placeOrders));
  }

  private static HppSessionDraft draft(PlaceOrderMode mode) {
    Map<UrlKind, String> urls = new EnumMap<>(UrlKind.class);
    urls.put(
        UrlKind.SUCCESS,
        "https://shop.example/ok?sid={{session_id}}&token={{authorization_token}}");
    urls.put(UrlKind.CANCEL, "https://shop.example/cancel?sid={{session_id}}");
    urls.put(UrlKind.STATUS_UPDATE, "https://gw.example/callbacks/klarna-kp/hpp_kp1/secret-1");
    PageOptions options =
        PageOptions.of(Map.of("place_order_mode", mode.name(), "page_title", "Pay"));
    return new HppSessionDraft(
        HppSessionId.of("hpp_kp1"),
        TestHppSessions.MERCHANT,
        KlarnaKpPaymentProvider.ID,
        "order-77",
        TestHppSessions.order(),
        MerchantUrls.parse(urls),
        options,
        TestHppSessions.shopper(),
        Instant.now().plus(Duration.ofHours(2)),
        null);
  }

  private void stubCreate() {
    server.stubFor(
        post("/payments/v1/sessions")
            .willReturn(
                json(
                    200,
                    "{\"session_id\":\"kp-1\",\"client_token\":\"ct-1\",\"payment_method_categories\":[{\"identifier\":\"klarna\"}]}")));
    HppV1Stubs.stubCreate(server, "hpp-1");
  }

  /** A page the shopper completed; the read gave it {@code token} and {@code orderId}. */
  private static HppSession completed(PlaceOrderMode mode, String token, String orderId) {
    HppSessionDraft draft = draft(mode);
    HppSession session =
        HppSession.open(
                draft,
                new ProviderRefs("hpp-1", "kp-1"),
                new ShopperLinks("https://pay.example.test/x", null, null),
                "WAITING",
                null,
                Instant.now())
            .session();
    session.observe(
        new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", token, orderId), Instant.now());
    return session;
  }

  @Test
  void createSendsThePurchaseInMinorUnitsThenTheHppSessionOverIt() {
    stubCreate();

    provider.createPage(PageRequest.of(draft(PlaceOrderMode.NONE)));

    server.verify(
        postRequestedFor(urlEqualTo("/payments/v1/sessions"))
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .withRequestBody(
                equalToJson("{" + HppV1Stubs.purchaseFields("order-77", "hpp_kp1") + "}")));
    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions"))
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .withRequestBody(
                equalToJson(
                    """
            {"payment_session_url":"%s/payments/v1/sessions/kp-1",
             "merchant_urls":{
               "success":"https://shop.example/ok?sid={{session_id}}&token={{authorization_token}}",
               "cancel":"https://shop.example/cancel?sid={{session_id}}",
               "status_update":"https://gw.example/callbacks/klarna-kp/hpp_kp1/secret-1"},
             "options":{"page_title":"Pay","place_order_mode":"NONE"}}
            """
                        .formatted(server.baseUrl()))));
  }

  @Test
  void createAnswersRefsLinksAndExpiryAsGiven() {
    stubCreate();

    CreatedProviderSession created =
        provider.createPage(PageRequest.of(draft(PlaceOrderMode.PLACE_ORDER)));

    assertThat(created.refs())
        .isEqualTo(new ProviderRefs("hpp-1", "kp-1", server.baseUrl() + "/hpp/v1/sessions/hpp-1"));
    assertThat(created.links())
        .isEqualTo(
            new ShopperLinks(
                "https://pay.example.test/eu/hpp/payments/hpp-1",
                "https://pay.example.test/eu/hpp/payments/hpp-1/qr",
                server.baseUrl() + "/hpp/v1/sessions/hpp-1/distribution"));
    assertThat(created.expiresAt()).isEqualTo(Instant.parse("2038-01-19T03:14:07Z"));
    assertThat(created.rawStatus()).isEqualTo("WAITING");
    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions"))
            .withRequestBody(
                equalToJson("{\"options\":{\"place_order_mode\":\"PLACE_ORDER\"}}", false, true)));
  }

  @Test
  void aRefusedPaymentSessionStopsBeforeTheHppCall() {
    server.stubFor(
        post("/payments/v1/sessions")
            .willReturn(json(400, errorBody("BAD_VALUE", "Bad value: order_lines", "corr-kp"))));

    ProviderRejectedException e =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> provider.createPage(PageRequest.of(draft(PlaceOrderMode.NONE))));

    assertThat(e.correlationId()).isEqualTo("corr-kp");
    assertThat(e.messages()).containsExactly("Bad value: order_lines");
    server.verify(0, postRequestedFor(urlEqualTo("/hpp/v1/sessions")));
    HppV1Stubs.assertNoSecrets(e, TOKEN);
  }

  @Test
  void paymentSessionFaultsMapToTheThreeKinds() {
    server.stubFor(
        post("/payments/v1/sessions").willReturn(json(429, "{}").withHeader("Retry-After", "3")));
    ProviderUnavailableException limited =
        catchThrowableOfType(
            ProviderUnavailableException.class,
            () -> provider.createPage(PageRequest.of(draft(PlaceOrderMode.NONE))));
    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(3));

    server.stubFor(
        post("/payments/v1/sessions")
            .willReturn(json(503, errorBody("UNAVAILABLE", "later", "c-503"))));
    assertThat(
            catchThrowableOfType(
                    ProviderUnavailableException.class,
                    () -> provider.createPage(PageRequest.of(draft(PlaceOrderMode.NONE))))
                .correlationId())
        .isEqualTo("c-503");

    server.stubFor(
        post("/payments/v1/sessions").willReturn(json(200, "{\"client_token\":\"ct\"}")));
    assertThatThrownBy(() -> provider.createPage(PageRequest.of(draft(PlaceOrderMode.NONE))))
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("session_id");

    server.stubFor(post("/payments/v1/sessions").willReturn(json(200, "[1,2")));
    assertThatThrownBy(() -> provider.createPage(PageRequest.of(draft(PlaceOrderMode.NONE))))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void aSlowPaymentSessionAnswerTimesOut() {
    server.stubFor(
        post("/payments/v1/sessions")
            .willReturn(json(200, "{\"session_id\":\"kp-1\"}").withFixedDelay(1500)));
    try (KlarnaKpPaymentProvider impatient = provider(true, Duration.ofMillis(250))) {
      ProviderUnavailableException e =
          catchThrowableOfType(
              ProviderUnavailableException.class,
              () -> impatient.createPage(PageRequest.of(draft(PlaceOrderMode.NONE))));
      HppV1Stubs.assertNoSecrets(e, TOKEN);
    }
  }

  @Test
  void fetchStatusCapturesTheAuthorizationToken() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .willReturn(json(200, HppV1Stubs.sessionAnswer("hpp-1", "COMPLETED", TOKEN, null))));

    ProviderObservation observation =
        provider.readPage(PageView.of(completed(PlaceOrderMode.NONE, null, null)));

    assertThat(observation)
        .isEqualTo(new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", TOKEN, null));
  }

  @Test
  void fetchStatusOfAForgottenPageIsExpired() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1").willReturn(json(404, errorBody("NOT_FOUND", "no", "c"))));
    PageView view = PageView.of(completed(PlaceOrderMode.NONE, null, null));
    PageView expired =
        HppV1Stubs.withRefsAndExpiry(
            view, view.providerRefs(), Instant.now().minus(Duration.ofMinutes(1)));
    assertThat(provider.readPage(expired))
        .isEqualTo(ProviderObservation.of(HppStatus.EXPIRED, "NOT_FOUND"));
  }

  /** The page is read and disabled at the session_url the create answered, not a rebuilt path. */
  @Test
  void thePageIsReadAndDisabledAtItsSessionUrl() {
    server.stubFor(
        get("/hpp/v1/pages/hpp-1")
            .willReturn(json(200, HppV1Stubs.sessionAnswer("hpp-1", "IN_PROGRESS", null, null))));
    server.stubFor(delete("/hpp/v1/pages/hpp-1").willReturn(aResponse().withStatus(204)));
    PageView view = PageView.of(completed(PlaceOrderMode.NONE, null, null));
    PageView atItsUrl =
        HppV1Stubs.withRefsAndExpiry(
            view,
            new ProviderRefs("hpp-1", "kp-1", server.baseUrl() + "/hpp/v1/pages/hpp-1"),
            view.expiresAt());

    assertThat(provider.readPage(atItsUrl).normalized()).isEqualTo(HppStatus.IN_PROGRESS);
    provider.disablePage(atItsUrl);

    server.verify(
        getRequestedFor(urlEqualTo("/hpp/v1/pages/hpp-1"))
            .withHeader("Authorization", equalTo(basicAuthHeader())));
    server.verify(deleteRequestedFor(urlEqualTo("/hpp/v1/pages/hpp-1")));
    server.verify(0, getRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1")));
  }

  /** A 404 before the page's expires_at is "unavailable, retry", never EXPIRED. */
  @Test
  void aNotFoundBeforeThePageExpiresIsUnavailable() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1").willReturn(json(404, errorBody("NOT_FOUND", "no", "c"))));
    PageView view = PageView.of(completed(PlaceOrderMode.NONE, null, null));
    PageView live =
        HppV1Stubs.withRefsAndExpiry(
            view, view.providerRefs(), Instant.now().plus(Duration.ofHours(1)));

    assertThatThrownBy(() -> provider.readPage(live))
        .isInstanceOf(ProviderUnavailableException.class)
        .hasMessageContaining("404");
  }

  /** A 404 after the page's expires_at is the API forgetting it: EXPIRED (raw NOT_FOUND). */
  @Test
  void aNotFoundAfterThePageExpiredIsExpired() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1").willReturn(json(404, errorBody("NOT_FOUND", "no", "c"))));
    PageView view = PageView.of(completed(PlaceOrderMode.NONE, null, null));
    PageView past =
        HppV1Stubs.withRefsAndExpiry(
            view, view.providerRefs(), Instant.now().minus(Duration.ofMinutes(1)));

    assertThat(provider.readPage(past))
        .isEqualTo(ProviderObservation.of(HppStatus.EXPIRED, "NOT_FOUND"));
  }

  /** The domain takes a 3-letter language; this provider does not, and says so before any call. */
  @Test
  void aThreeLetterLanguageIsRefusedBeforeAnyCall() {
    HppSessionDraft base = draft(PlaceOrderMode.NONE);
    HppSessionDraft sami = HppV1Stubs.withLocale(base, "sma-SE");

    assertThatThrownBy(() -> sami.validateFor(provider.capabilities()))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("locale"));
    assertThatThrownBy(() -> provider.createPage(PageRequest.of(sami)))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("locale"));
    assertThat(server.getAllServeEvents()).isEmpty();
    HppSessionDraft swedish = HppV1Stubs.withLocale(base, "sv-SE");
    swedish.validateFor(provider.capabilities());
  }

  @Test
  void afterCompletionPlacesTheOrderOnceWithAnIdempotencyKey() {
    server.stubFor(
        post("/payments/v1/authorizations/" + TOKEN + "/order")
            .willReturn(
                json(
                    200,
                    "{\"order_id\":\"ord-1\",\"redirect_url\":\"https://x.example\",\"fraud_status\":\"ACCEPTED\"}")));
    HppSession session = completed(PlaceOrderMode.NONE, TOKEN, null);

    assertThat(provider.completeOrder(PageView.of(session))).contains("ord-1");
    assertThat(provider.completeOrder(PageView.of(session))).contains("ord-1");

    String key = KlarnaKpPaymentProvider.idempotencyKey(PageView.of(session));
    assertThat(key).doesNotContain(TOKEN);
    server.verify(
        2,
        postRequestedFor(urlEqualTo("/payments/v1/authorizations/" + TOKEN + "/order"))
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .withHeader("Klarna-Idempotency-Key", equalTo(key))
            .withRequestBody(
                equalToJson("{" + HppV1Stubs.purchaseFields("order-77", "hpp_kp1") + "}")));
  }

  @Test
  void afterCompletionDoesNothingWhenKlarnaPlacesTheOrderOrThereIsNoToken() {
    assertThat(
            provider.completeOrder(PageView.of(completed(PlaceOrderMode.PLACE_ORDER, TOKEN, null))))
        .isEmpty();
    assertThat(provider.completeOrder(PageView.of(completed(PlaceOrderMode.NONE, null, null))))
        .isEmpty();
    assertThat(
            provider.completeOrder(
                PageView.of(completed(PlaceOrderMode.CAPTURE_ORDER, TOKEN, "ord-9"))))
        .contains("ord-9");
    try (KlarnaKpPaymentProvider merchantPlaces = provider(false, Duration.ofSeconds(5))) {
      assertThat(
              merchantPlaces.completeOrder(
                  PageView.of(completed(PlaceOrderMode.NONE, TOKEN, null))))
          .isEmpty();
    }
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aRefusedOrderPlacementNeverShowsTheTokenOrPassword() {
    server.stubFor(
        post("/payments/v1/authorizations/" + TOKEN + "/order")
            .willReturn(
                json(409, errorBody("AUTHORIZATION_TOKEN_EXPIRED", "token expired", "corr-409"))));

    ProviderRejectedException e =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> provider.completeOrder(PageView.of(completed(PlaceOrderMode.NONE, TOKEN, null))));

    assertThat(e.httpStatus()).isEqualTo(409);
    assertThat(e.correlationId()).isEqualTo("corr-409");
    assertThat(e.getMessage()).doesNotContain(TOKEN);
    HppV1Stubs.assertNoSecrets(e, TOKEN);
  }

  @Test
  void theIdempotencyKeyIsANameBasedV5UuidOfThePage() {
    // RFC 9562 appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
    assertThat(
            KlarnaKpPaymentProvider.nameUuidV5(
                UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    String key =
        KlarnaKpPaymentProvider.idempotencyKey(
            PageView.of(completed(PlaceOrderMode.NONE, TOKEN, null)));
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, "urn:hpp-gateway:klarna-kp:place-order:hpp_kp1")
    assertThat(key).isEqualTo("fa03194b-459a-5908-9b12-a40c80a1067a");
    assertThat(UUID.fromString(key).version()).isEqualTo(5);
    assertThat(UUID.fromString(key).variant()).isEqualTo(2);
  }

  @Test
  void aRefusalThatQuotesTheTokenNeverShowsIt() {
    server.stubFor(
        post("/payments/v1/authorizations/" + TOKEN + "/order")
            .willReturn(
                json(
                    400,
                    errorBody("BAD_VALUE", "Invalid authorization token " + TOKEN, "corr-400"))));

    ProviderRejectedException e =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> provider.completeOrder(PageView.of(completed(PlaceOrderMode.NONE, TOKEN, null))));

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("BAD_VALUE");
    assertThat(e.correlationId()).isEqualTo("corr-400");
    assertThat(e.messages()).containsExactly("Invalid authorization token ***");
    HppV1Stubs.assertNoSecrets(e, TOKEN);
  }

  @Test
  void theOrderCanBePlacedForTheSixtyMinutesTheAuthorizationTokenLasts() {
    assertThat(provider.completionWindow()).contains(Duration.ofMinutes(60));
  }

  @Test
  void disableAndDistributeUseTheHppApi() {
    server.stubFor(delete("/hpp/v1/sessions/hpp-1").willReturn(aResponse().withStatus(204)));
    server.stubFor(
        post("/hpp/v1/sessions/hpp-1/distribution").willReturn(aResponse().withStatus(201)));
    HppSession session =
        HppSession.open(
                draft(PlaceOrderMode.NONE),
                new ProviderRefs("hpp-1", "kp-1"),
                new ShopperLinks(
                    "https://pay.example.test/x",
                    null,
                    server.baseUrl() + "/hpp/v1/sessions/hpp-1/distribution"),
                "WAITING",
                null,
                Instant.now())
            .session();

    provider.disablePage(PageView.of(session));
    provider.distribute(
        PageView.of(session),
        new DistributionRequest(DistributionMethod.EMAIL, TestHppSessions.shopper()));

    server.verify(
        deleteRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1"))
            .withHeader("Authorization", equalTo(basicAuthHeader())));
    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions/hpp-1/distribution"))
            .withRequestBody(
                equalToJson(
                    "{\"method\":\"email\",\"contact_information\":{\"email\":\"shopper@example.com\"}}")));
  }

  @Test
  void parsesStatusCallbacks() {
    ProviderCallback callback =
        new ProviderCallback(
            "",
            Map.of(),
            "{\"event_id\":\"ev-9\",\"session\":{\"session_id\":\"hpp-1\",\"status\":\"IN_PROGRESS\"}}");
    assertThat(provider.parseCallback(callback))
        .contains(
            new CallbackHint(
                "ev-9", "hpp-1", null, "IN_PROGRESS", dev.hppgateway.domain.HppStatus.IN_PROGRESS));
    assertThatThrownBy(() -> provider.parseCallback(new ProviderCallback("", Map.of(), "{oops")))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void capabilitiesMatchWhatKlarnaFills() {
    ProviderCapabilities c = provider.capabilities();
    assertThat(provider.id().value()).isEqualTo("klarna-kp");
    assertThat(c.urlKinds()).isEqualTo(EnumSet.allOf(UrlKind.class));
    assertThat(c.rule(Placeholder.SESSION_ID))
        .contains(PlaceholderRule.everywhere(Placeholder.SESSION_ID));
    assertThat(c.rule(Placeholder.AUTHORIZATION_TOKEN).orElseThrow().urlKinds())
        .containsExactly(UrlKind.SUCCESS);
    // Filled whatever the place-order mode; order_id only while Klarna places the order (absent:
    // NONE).
    assertThat(c.rule(Placeholder.AUTHORIZATION_TOKEN).orElseThrow().when()).isEmpty();
    assertThat(c.rule(Placeholder.ORDER_ID).orElseThrow().when())
        .contains(
            new OptionCondition(
                "place_order_mode", Set.of("PLACE_ORDER", "CAPTURE_ORDER"), "NONE"));
    assertThat(c.rule(Placeholder.ORDER_ID).orElseThrow().urlKinds())
        .isEqualTo(PlaceholderRule.redirectKinds());
    for (PlaceOrderMode mode : PlaceOrderMode.values()) {
      assertThatCode(
              () ->
                  c.checkOptions(
                      PageOptions.of(Map.of("place_order_mode", mode.name())), provider.id()))
          .as(mode.name())
          .doesNotThrowAnyException();
    }
    assertThat(provider)
        .isInstanceOf(DisablesPages.class)
        .isInstanceOf(DistributesLinks.class)
        .isInstanceOf(CompletesOrders.class)
        .isNotInstanceOf(CancelsPayments.class)
        .isNotInstanceOf(RefundsPayments.class);
    assertThat(((DistributesLinks) provider).distributionMethods())
        .isEqualTo(EnumSet.allOf(DistributionMethod.class));
    assertThat(c.multiplePagesPerPayment()).isTrue();
    // A KP session lives 48 h; the HPP session ends an hour before it.
    assertThat(c.pageLifetime()).isEqualTo(Duration.ofHours(47));
  }

  @Test
  void configDefaultsToThePlaygroundAndHidesThePassword() {
    KlarnaKpConfig config = new KlarnaKpConfig(null, USERNAME, PASSWORD, null, null, false);
    assertThat(config.baseUrl()).isEqualTo("https://api.playground.klarna.com");
    assertThat(config.toString()).doesNotContain(PASSWORD);
    assertThat(KlarnaKpConfig.playground(USERNAME, PASSWORD).toString()).doesNotContain(PASSWORD);
  }
}
