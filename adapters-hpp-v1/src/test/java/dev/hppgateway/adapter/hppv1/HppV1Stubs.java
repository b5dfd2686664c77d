package dev.hppgateway.adapter.hppv1;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderRefs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * WireMock stubs of the HPP v1 API, shared by the KP and KCO adapter tests. A page is a WireMock
 * scenario named after its session id whose state is the page's raw status: reads answer the state,
 * a DELETE moves a waiting page to DISABLED and is refused (400) once it is COMPLETED.
 */
public final class HppV1Stubs {
  public static final String USERNAME = "merchant_user";

  /** Distinctive so a test can prove it never leaks into messages. */
  public static final String PASSWORD = "pw-N0t-In-Messages-7731";

  public static final List<String> STATUSES =
      List.of(
          "IN_PROGRESS",
          "MANUAL_ID_CHECK",
          "BACK",
          "FAILED",
          "ERROR",
          "CANCELLED",
          "COMPLETED",
          "DISABLED");

  private HppV1Stubs() {}

  /** A WireMock server on loopback, dynamic port, reset before each test. */
  public static WireMockExtension loopbackServer() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  public static String basicAuthHeader() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** The create answer of seed 001, with URLs on {@code baseUrl} and the page's own id. */
  public static String createdAnswer(String baseUrl, String sessionId) {
    return "{\"session_id\":\""
        + sessionId
        + "\","
        + "\"session_url\":\""
        + baseUrl
        + "/hpp/v1/sessions/"
        + sessionId
        + "\","
        + "\"redirect_url\":\"https://pay.example.test/eu/hpp/payments/"
        + sessionId
        + "\","
        + "\"qr_code_url\":\"https://pay.example.test/eu/hpp/payments/"
        + sessionId
        + "/qr\","
        + "\"distribution_url\":\""
        + baseUrl
        + "/hpp/v1/sessions/"
        + sessionId
        + "/distribution\","
        + "\"expires_at\":\"2038-01-19T03:14:07.000Z\","
        + "\"distribution_module\":{\"token\":\"dm-token\",\"standalone_url\":\"https://pay.example.test/s\","
        + "\"generation_url\":\"https://pay.example.test/g\"},"
        + "\"manual_identification_check_url\":\""
        + baseUrl
        + "/hpp/v1/sessions/"
        + sessionId
        + "/manual-id-check\"}";
  }

  public static String sessionAnswer(
      String sessionId, String status, String authorizationToken, String orderId) {
    return "{\"session_id\":\""
        + sessionId
        + "\",\"status\":\""
        + status
        + "\""
        + (authorizationToken == null
            ? ""
            : ",\"authorization_token\":\"" + authorizationToken + "\"")
        + (orderId == null
            ? ""
            : ",\"order_id\":\"" + orderId + "\",\"klarna_reference\":\"KR-" + orderId + "\"")
        + ",\"updated_at\":\"2026-11-23T12:00:00Z\",\"expires_at\":\"2038-01-19T03:14:07.000Z\"}";
  }

  public static String errorBody(String code, String message, String correlationId) {
    return "{\"error_code\":\""
        + code
        + "\",\"error_messages\":[\""
        + message
        + "\"],"
        + "\"correlation_id\":\""
        + correlationId
        + "\"}";
  }

  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /**
   * The fields {@code TestHppSessions.order()} becomes in a KP payment session, a KP order and a
   * KCO order alike, without the enclosing braces (a KCO order adds its merchant URLs after them).
   */
  public static String purchaseFields(String merchantReference1, String merchantReference2) {
    return """
        "purchase_country":"SE","purchase_currency":"SEK","locale":"sv-SE",
        "order_amount":24900,"order_tax_amount":4980,
        "order_lines":[
          {"type":"physical","name":"Running shoes","quantity":2,"unit_price":10000,"tax_rate":2500,
           "total_amount":20000,"total_discount_amount":0,"total_tax_amount":4000},
          {"type":"shipping_fee","name":"Shipping","quantity":1,"unit_price":4900,"tax_rate":2500,
           "total_amount":4900,"total_discount_amount":0,"total_tax_amount":980}],
        """
        + "\"merchant_reference1\":\""
        + merchantReference1
        + "\",\"merchant_reference2\":\""
        + merchantReference2
        + "\"";
  }

  /** {@code POST /hpp/v1/sessions} answers a page with {@code sessionId}. */
  public static void stubCreate(WireMockExtension server, String sessionId) {
    server.stubFor(
        post("/hpp/v1/sessions").willReturn(json(201, createdAnswer(server.baseUrl(), sessionId))));
  }

  /** {@code POST /hpp/v1/sessions} answers a page with {@code sessionId}, and that page's stubs. */
  public static void stubCreateAndPage(
      WireMockExtension server, String sessionId, String authorizationToken, String orderId) {
    stubCreate(server, sessionId);
    stubPage(server, sessionId, authorizationToken, orderId);
  }

  /** Reads of the page answer its scenario state; completed pages carry the outcome refs given. */
  public static void stubPage(
      WireMockExtension server, String sessionId, String authorizationToken, String orderId) {
    String path = "/hpp/v1/sessions/" + sessionId;
    String scenario = scenario(sessionId);
    server.stubFor(
        get(path)
            .inScenario(scenario)
            .whenScenarioStateIs(STARTED)
            .willReturn(json(200, sessionAnswer(sessionId, "WAITING", null, null))));
    for (String status : STATUSES) {
      boolean done = status.equals("COMPLETED");
      server.stubFor(
          get(path)
              .inScenario(scenario)
              .whenScenarioStateIs(status)
              .willReturn(
                  json(
                      200,
                      sessionAnswer(
                          sessionId,
                          status,
                          done ? authorizationToken : null,
                          done ? orderId : null))));
    }
    server.stubFor(
        delete(path)
            .inScenario(scenario)
            .whenScenarioStateIs(STARTED)
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .willReturn(aResponse().withStatus(204))
            .willSetStateTo("DISABLED"));
    server.stubFor(
        delete(path)
            .inScenario(scenario)
            .whenScenarioStateIs("COMPLETED")
            .willReturn(
                json(400, errorBody("NOT_ALLOWED", "Session is completed", "corr-disable"))));
    server.stubFor(
        post(path + "/distribution")
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .willReturn(aResponse().withStatus(201)));
  }

  /** The shopper (or the provider) moved the page to {@code rawStatus}. */
  public static void moveTo(WireMockExtension server, String sessionId, String rawStatus) {
    server.getRuntimeInfo().getWireMock().setSingleScenarioState(scenario(sessionId), rawStatus);
  }

  /** The HPP v1 status callback for page {@code sessionId}, as it reaches the gateway. */
  public static ProviderCallback statusCallback(String sessionId, String status) {
    return new ProviderCallback(
        "",
        Map.of("content-type", "application/json"),
        "{\"event_id\":\"evt-"
            + sessionId
            + "-"
            + status
            + "\",\"session\":{\"session_id\":\""
            + sessionId
            + "\",\"status\":\""
            + status
            + "\"}}");
  }

  /** No message along {@code failure}'s causes shows the password or any of {@code secrets}. */
  public static void assertNoSecrets(Throwable failure, String... secrets) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      assertThat(message).doesNotContain(PASSWORD);
      for (String secret : secrets) {
        assertThat(message).doesNotContain(secret);
      }
    }
  }

  private static String scenario(String sessionId) {
    return "hpp-" + sessionId;
  }

  /** {@code view} with other provider refs and expiry, everything else as stored. */
  public static PageView withRefsAndExpiry(PageView view, ProviderRefs refs, Instant expiresAt) {
    return new PageView(
        view.id(),
        view.merchantId(),
        view.providerId(),
        view.merchantReference(),
        view.order(),
        view.merchantUrls(),
        view.options(),
        view.shopper(),
        view.status(),
        view.rawStatus(),
        refs,
        view.links(),
        expiresAt,
        view.authorizationToken(),
        view.orderId(),
        view.providerPaymentRefs());
  }

  /** {@code base} with its order in another locale. */
  public static HppSessionDraft withLocale(HppSessionDraft base, String locale) {
    PaymentOrder order = base.order();
    return new HppSessionDraft(
        base.id(),
        base.merchantId(),
        base.providerId(),
        base.merchantReference(),
        new PaymentOrder(
            order.amount(), order.taxAmount(), order.lines(), order.purchaseCountry(), locale),
        base.merchantUrls(),
        base.options(),
        base.shopper(),
        base.expiresAt(),
        null);
  }
}
