package dev.hppgateway.adapter.kustomkco;

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
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.basicAuthHeader;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.errorBody;
import static dev.hppgateway.adapter.hppv1.HppV1Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.adapter.hppv1.HppV1Stubs;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact wire contract of the KCO adapter: what each call sends, and every answer mapped. */
class KustomKcoWireContractTest {
  private static final String CALLBACK =
      "https://gw.example/callbacks/kustom-kco/hpp_kco1/secret-1";

  @RegisterExtension static WireMockExtension server = HppV1Stubs.loopbackServer();

  private KustomKcoPaymentProvider provider;

  @BeforeEach
  void setUp() {
    provider =
        new KustomKcoPaymentProvider(
            KustomKcoContractTest.config(server.baseUrl(), Duration.ofSeconds(5)));
  }

  @AfterEach
  void tearDown() {
    provider.close();
  }

  private static HppSessionDraft draft(Map<UrlKind, String> urls) {
    Map<UrlKind, String> all = new EnumMap<>(UrlKind.class);
    all.putAll(urls);
    all.put(UrlKind.STATUS_UPDATE, CALLBACK);
    PageOptions options = PageOptions.of(Map.of("payment_method_categories", List.of("PAY_LATER")));
    return new HppSessionDraft(
        HppSessionId.of("hpp_kco1"),
        TestHppSessions.MERCHANT,
        KustomKcoPaymentProvider.ID,
        "order-88",
        TestHppSessions.order(),
        MerchantUrls.parse(all),
        options,
        TestHppSessions.shopper(),
        Instant.now().plus(Duration.ofHours(2)),
        null);
  }

  private void stubCreate() {
    server.stubFor(
        post("/checkout/v3/orders")
            .willReturn(
                json(
                    201,
                    "{\"order_id\":\"kco-1\",\"status\":\"checkout_incomplete\",\"html_snippet\":\"<div>\"}")));
    HppV1Stubs.stubCreate(server, "hpp-1");
  }

  private static HppSession session() {
    return HppSession.open(
            draft(Map.of()),
            new ProviderRefs("hpp-1", "kco-1"),
            new ShopperLinks("https://pay.example.test/x", null, null),
            "WAITING",
            null,
            Instant.now())
        .session();
  }

  @Test
  void createSendsTheOrderWithDerivedUrlsThenTheHppSessionOverIt() {
    stubCreate();

    provider.createPage(
        PageRequest.of(
            draft(
                Map.of(
                    UrlKind.SUCCESS, "https://shop.example/done?order={{order_id}}",
                    UrlKind.BACK, "https://shop.example/cart",
                    UrlKind.CANCEL, "https://shop.example/cancel?sid={{session_id}}"))));

    server.verify(
        postRequestedFor(urlEqualTo("/checkout/v3/orders"))
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .withRequestBody(
                equalToJson(
                    "{"
                        + HppV1Stubs.purchaseFields("order-88", "hpp_kco1")
                        + ","
                        + """
             "merchant_urls":{
               "terms":"https://shop.example/terms",
               "checkout":"https://shop.example/cart",
               "confirmation":"https://shop.example/done?order={checkout.order.id}",
               "push":"https://gw.example/callbacks/kustom-kco/hpp_kco1/secret-1/push?order_id={checkout.order.id}"}}
            """)));
    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions"))
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .withRequestBody(
                equalToJson(
                    """
            {"payment_session_url":"%s/checkout/v3/orders/kco-1",
             "merchant_urls":{
               "success":"https://shop.example/done?order={{order_id}}",
               "back":"https://shop.example/cart",
               "cancel":"https://shop.example/cancel?sid={{session_id}}",
               "status_update":"%s"},
             "options":{"payment_method_categories":["PAY_LATER"]}}
            """
                        .formatted(server.baseUrl(), CALLBACK))));
  }

  @Test
  void urlsKcoCannotFillFallBackToTheConfiguredDefaults() {
    stubCreate();

    provider.createPage(
        PageRequest.of(
            draft(Map.of(UrlKind.SUCCESS, "https://shop.example/ok?sid={{session_id}}"))));

    server.verify(
        postRequestedFor(urlEqualTo("/checkout/v3/orders"))
            .withRequestBody(
                equalToJson(
                    """
        {"merchant_urls":{"terms":"https://shop.example/terms","checkout":"https://shop.example/checkout",
          "confirmation":"https://shop.example/thanks",
          "push":"https://gw.example/callbacks/kustom-kco/hpp_kco1/secret-1/push?order_id={checkout.order.id}"}}
        """,
                    false,
                    true)));
  }

  @Test
  void createAnswersRefsLinksAndExpiryAsGiven() {
    stubCreate();

    CreatedProviderSession created = provider.createPage(PageRequest.of(draft(Map.of())));

    assertThat(created.refs())
        .isEqualTo(new ProviderRefs("hpp-1", "kco-1", server.baseUrl() + "/hpp/v1/sessions/hpp-1"));
    assertThat(created.links().redirectUrl())
        .isEqualTo("https://pay.example.test/eu/hpp/payments/hpp-1");
    assertThat(created.links().qrCodeUrl())
        .isEqualTo("https://pay.example.test/eu/hpp/payments/hpp-1/qr");
    assertThat(created.expiresAt()).isEqualTo(Instant.parse("2038-01-19T03:14:07Z"));
  }

  @Test
  void orderFaultsMapToTheThreeKindsAndStopBeforeTheHppCall() {
    server.stubFor(
        post("/checkout/v3/orders")
            .willReturn(json(401, errorBody("UNAUTHORIZED", "Bad credentials", "c-401"))));
    ProviderRejectedException rejected =
        catchThrowableOfType(
            ProviderRejectedException.class,
            () -> provider.createPage(PageRequest.of(draft(Map.of()))));
    assertThat(rejected.httpStatus()).isEqualTo(401);
    assertThat(rejected.correlationId()).isEqualTo("c-401");
    HppV1Stubs.assertNoSecrets(rejected);

    server.stubFor(
        post("/checkout/v3/orders").willReturn(json(429, "").withHeader("Retry-After", "11")));
    assertThat(
            catchThrowableOfType(
                    ProviderUnavailableException.class,
                    () -> provider.createPage(PageRequest.of(draft(Map.of()))))
                .retryAfter())
        .isEqualTo(Duration.ofSeconds(11));

    server.stubFor(
        post("/checkout/v3/orders").willReturn(json(500, errorBody("INTERNAL", "x", "c-500"))));
    assertThat(
            catchThrowableOfType(
                    ProviderUnavailableException.class,
                    () -> provider.createPage(PageRequest.of(draft(Map.of()))))
                .correlationId())
        .isEqualTo("c-500");

    server.stubFor(
        post("/checkout/v3/orders").willReturn(json(201, "{\"status\":\"checkout_incomplete\"}")));
    assertThatThrownBy(() -> provider.createPage(PageRequest.of(draft(Map.of()))))
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("order_id");

    server.verify(0, postRequestedFor(urlEqualTo("/hpp/v1/sessions")));
  }

  @Test
  void aSlowOrderAnswerTimesOut() {
    server.stubFor(
        post("/checkout/v3/orders")
            .willReturn(json(201, "{\"order_id\":\"kco-1\"}").withFixedDelay(1500)));
    try (KustomKcoPaymentProvider impatient =
        new KustomKcoPaymentProvider(
            KustomKcoContractTest.config(server.baseUrl(), Duration.ofMillis(250)))) {
      HppV1Stubs.assertNoSecrets(
          catchThrowableOfType(
              ProviderUnavailableException.class,
              () -> impatient.createPage(PageRequest.of(draft(Map.of())))));
    }
  }

  @Test
  void aCompletedPageReadsWithItsOrderId() {
    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(json(200, HppV1Stubs.sessionAnswer("hpp-1", "COMPLETED", null, null))));
    assertThat(provider.readPage(PageView.of(session())))
        .isEqualTo(new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", null, "kco-1"));

    server.stubFor(
        get("/hpp/v1/sessions/hpp-1")
            .willReturn(json(200, HppV1Stubs.sessionAnswer("hpp-1", "BACK", null, null))));
    assertThat(provider.readPage(PageView.of(session())))
        .isEqualTo(ProviderObservation.of(HppStatus.IN_PROGRESS, "BACK"));
  }

  @Test
  void afterCompletionAcknowledgesTheOrder() {
    server.stubFor(
        post("/ordermanagement/v1/orders/kco-1/acknowledge")
            .willReturn(aResponse().withStatus(204)));

    assertThat(provider.completeOrder(PageView.of(session()))).contains("kco-1");

    server.verify(
        postRequestedFor(urlEqualTo("/ordermanagement/v1/orders/kco-1/acknowledge"))
            .withHeader("Authorization", equalTo(basicAuthHeader())));
    assertThat(
            server.findAll(
                postRequestedFor(urlEqualTo("/ordermanagement/v1/orders/kco-1/acknowledge"))))
        .singleElement()
        .satisfies(request -> assertThat(request.getBody()).isEmpty());
  }

  @Test
  void anAlreadyAcknowledgedOrderIsNotAnError() {
    server.stubFor(
        post("/ordermanagement/v1/orders/kco-1/acknowledge")
            .willReturn(
                json(409, errorBody("NOT_ALLOWED", "Order is already acknowledged", "c-ack"))));
    assertThat(provider.completeOrder(PageView.of(session()))).contains("kco-1");
  }

  @Test
  void otherAcknowledgeFailuresAreReported() {
    server.stubFor(
        post("/ordermanagement/v1/orders/kco-1/acknowledge")
            .willReturn(json(404, errorBody("NO_SUCH_ORDER", "Order not found", "c-404"))));
    assertThat(
            catchThrowableOfType(
                    ProviderRejectedException.class,
                    () -> provider.completeOrder(PageView.of(session())))
                .correlationId())
        .isEqualTo("c-404");

    server.stubFor(post("/ordermanagement/v1/orders/kco-1/acknowledge").willReturn(json(503, "")));
    assertThatThrownBy(() -> provider.completeOrder(PageView.of(session())))
        .isInstanceOf(ProviderUnavailableException.class);
  }

  /** payment_session_url is the order's URL as KCO answered it (Location), never rebuilt. */
  @Test
  void thePaymentSessionUrlIsTheOrdersLocationAsAnswered() {
    server.stubFor(
        post("/checkout/v3/orders")
            .willReturn(
                json(201, "{\"order_id\":\"kco-1\",\"status\":\"checkout_incomplete\"}")
                    .withHeader("Location", "https://orders.kustom.example/v3.1/orders/kco-1")));
    HppV1Stubs.stubCreate(server, "hpp-1");

    provider.createPage(PageRequest.of(draft(Map.of())));

    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions"))
            .withRequestBody(
                equalToJson(
                    "{\"payment_session_url\":\"https://orders.kustom.example/v3.1/orders/kco-1\"}",
                    false,
                    true)));
  }

  /** A relative Location is on the configured host. */
  @Test
  void aRelativeLocationIsResolvedAgainstTheConfiguredHost() {
    server.stubFor(
        post("/checkout/v3/orders")
            .willReturn(
                json(201, "{\"order_id\":\"kco-1\",\"status\":\"checkout_incomplete\"}")
                    .withHeader("Location", "/checkout/v3/orders/kco-1?region=eu")));
    HppV1Stubs.stubCreate(server, "hpp-1");

    provider.createPage(PageRequest.of(draft(Map.of())));

    server.verify(
        postRequestedFor(urlEqualTo("/hpp/v1/sessions"))
            .withRequestBody(
                equalToJson(
                    "{\"payment_session_url\":\""
                        + server.baseUrl()
                        + "/checkout/v3/orders/kco-1?region=eu\"}",
                    false,
                    true)));
  }

  /** "Already acknowledged" is HTTP 400/409 + NOT_ALLOWED, whatever the message says. */
  @Test
  void alreadyAcknowledgedIsRecognisedByStatusAndCodeNotByText() {
    server.stubFor(
        post("/ordermanagement/v1/orders/kco-1/acknowledge")
            .willReturn(json(409, errorBody("NOT_ALLOWED", "Bestellung bereits bestätigt", "c"))));
    assertThat(provider.completeOrder(PageView.of(session()))).contains("kco-1");

    server.stubFor(
        post("/ordermanagement/v1/orders/kco-1/acknowledge")
            .willReturn(json(400, errorBody("NOT_ALLOWED", "", "c"))));
    assertThat(provider.completeOrder(PageView.of(session()))).contains("kco-1");

    // The words alone are no proof: another status or code is a refusal.
    server.stubFor(
        post("/ordermanagement/v1/orders/kco-1/acknowledge")
            .willReturn(
                json(400, errorBody("BAD_VALUE", "Order is already acknowledged", "c-400"))));
    assertThat(
            catchThrowableOfType(
                    ProviderRejectedException.class,
                    () -> provider.completeOrder(PageView.of(session())))
                .httpStatus())
        .isEqualTo(400);
    server.stubFor(
        post("/ordermanagement/v1/orders/kco-1/acknowledge")
            .willReturn(
                json(409, errorBody("CONFLICT", "Order is already acknowledged", "c-409"))));
    assertThatThrownBy(() -> provider.completeOrder(PageView.of(session())))
        .isInstanceOf(ProviderRejectedException.class);
    server.stubFor(
        post("/ordermanagement/v1/orders/kco-1/acknowledge")
            .willReturn(
                json(403, errorBody("NOT_ALLOWED", "Order is already acknowledged", "c-403"))));
    assertThatThrownBy(() -> provider.completeOrder(PageView.of(session())))
        .isInstanceOf(ProviderRejectedException.class);
  }

  /** The page is read and disabled at the session_url the create answered, not a rebuilt path. */
  @Test
  void thePageIsReadAndDisabledAtItsSessionUrl() {
    server.stubFor(
        get("/hpp/v1/pages/hpp-1")
            .willReturn(json(200, HppV1Stubs.sessionAnswer("hpp-1", "IN_PROGRESS", null, null))));
    server.stubFor(delete("/hpp/v1/pages/hpp-1").willReturn(aResponse().withStatus(204)));
    PageView view = PageView.of(session());
    PageView atItsUrl =
        HppV1Stubs.withRefsAndExpiry(
            view,
            new ProviderRefs("hpp-1", "kco-1", server.baseUrl() + "/hpp/v1/pages/hpp-1"),
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
    PageView view = PageView.of(session());
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
    PageView view = PageView.of(session());
    PageView past =
        HppV1Stubs.withRefsAndExpiry(
            view, view.providerRefs(), Instant.now().minus(Duration.ofMinutes(1)));

    assertThat(provider.readPage(past))
        .isEqualTo(ProviderObservation.of(HppStatus.EXPIRED, "NOT_FOUND"));
  }

  /** The domain takes a 3-letter language; this provider does not, and says so before any call. */
  @Test
  void aThreeLetterLanguageIsRefusedBeforeAnyCall() {
    HppSessionDraft base = draft(Map.of());
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
  void aPushNamesTheOrder() {
    ProviderCallback push = new ProviderCallback("/push?order_id=kco-1", Map.of(), "");
    assertThat(provider.parseCallback(push)).contains(new CallbackHint(null, null, "kco-1", null));
  }

  @Test
  void aPushWithoutAnOrderIdIsMalformed() {
    assertThatThrownBy(() -> provider.parseCallback(new ProviderCallback("/push", Map.of(), "")))
        .isInstanceOf(ProviderMalformedAnswerException.class);
    assertThatThrownBy(
            () ->
                provider.parseCallback(
                    new ProviderCallback("/push?order_id={checkout.order.id}", Map.of(), "")))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void otherCallbacksAreHppStatusCallbacks() {
    ProviderCallback status =
        new ProviderCallback(
            "",
            Map.of(),
            "{\"event_id\":\"ev-1\",\"session\":{\"session_id\":\"hpp-1\",\"status\":\"COMPLETED\",\"order_id\":\"kco-1\"}}");
    assertThat(provider.parseCallback(status))
        .contains(
            new CallbackHint(
                "ev-1", "hpp-1", null, "COMPLETED", dev.hppgateway.domain.HppStatus.COMPLETED));
    assertThatThrownBy(() -> provider.parseCallback(new ProviderCallback("", Map.of(), "")))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void capabilitiesMatchWhatKustomFills() {
    ProviderCapabilities c = provider.capabilities();
    assertThat(provider.id().value()).isEqualTo("kustom-kco");
    assertThat(c.urlKinds()).isEqualTo(EnumSet.allOf(UrlKind.class));
    assertThat(c.placeholders().keySet())
        .containsExactlyInAnyOrder(Placeholder.SESSION_ID, Placeholder.ORDER_ID);
    assertThat(c.rule(Placeholder.ORDER_ID))
        .contains(PlaceholderRule.everywhere(Placeholder.ORDER_ID));
    assertThat(c.rule(Placeholder.SESSION_ID).orElseThrow().urlKinds())
        .doesNotContain(UrlKind.STATUS_UPDATE);
    // place_order_mode is KP only: refused, even set to its default.
    assertThatThrownBy(
            () -> c.checkOptions(PageOptions.of(Map.of("place_order_mode", "NONE")), provider.id()))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.place_order_mode");
              assertThat(e.reason()).isEqualTo("is not supported by provider kustom-kco (KP only)");
            });
    assertThat(provider)
        .isInstanceOf(DisablesPages.class)
        .isInstanceOf(DistributesLinks.class)
        .isInstanceOf(CompletesOrders.class)
        .isNotInstanceOf(CancelsPayments.class)
        .isNotInstanceOf(RefundsPayments.class);
    assertThat(((DistributesLinks) provider).distributionMethods())
        .isEqualTo(EnumSet.allOf(DistributionMethod.class));
    assertThat(c.multiplePagesPerPayment()).isFalse();
    // A KCO order lives 48 h; the HPP session ends an hour before it.
    assertThat(c.pageLifetime()).isEqualTo(Duration.ofHours(47));
  }

  @Test
  void anAuthorizationTokenPlaceholderIsRefusedBeforeAnyCall() {
    HppSessionDraft draft =
        draft(Map.of(UrlKind.SUCCESS, "https://shop.example/ok?t={{authorization_token}}"));
    assertThatThrownBy(() -> draft.validateFor(provider.capabilities()))
        .isInstanceOf(DomainValidationException.class);
  }

  @Test
  void configDefaultsToThePlaygroundAndHidesThePassword() {
    KustomKcoConfig config =
        new KustomKcoConfig(
            null,
            USERNAME,
            PASSWORD,
            null,
            null,
            "https://shop.example/terms",
            "https://shop.example/checkout",
            "https://shop.example/thanks");
    assertThat(config.baseUrl()).isEqualTo("https://api.playground.kustom.co");
    assertThat(config.toString()).doesNotContain(PASSWORD);
    assertThatThrownBy(
            () ->
                new KustomKcoConfig(
                    null,
                    USERNAME,
                    PASSWORD,
                    null,
                    null,
                    null,
                    "https://shop.example/checkout",
                    "https://shop.example/thanks"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
