package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.hppgateway.adapter.opttydirect.OpttyStubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.out.provider.CancelRequest;
import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.RefundRequest;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /orders/{invoiceNumber}} and the (UNVERIFIED, configurable) refund/cancel call. */
class OpttyStatusAndRefundWireTest extends OpttyWireTest {

  @BeforeEach
  void stubTokens() {
    OpttyStubs.tokens(wm);
  }

  @ParameterizedTest
  @CsvSource({
    "INITIATED, IN_PROGRESS", "PENDING, IN_PROGRESS", "SUCCESSFUL, COMPLETED", "PAID, COMPLETED",
    "CANCELLED, CANCELLED", "DECLINED, FAILED", "ERROR, FAILED", "REFUNDED, REFUNDED",
    "PARTIALLY_REFUNDED, UNKNOWN", "successful, COMPLETED"
  })
  void orderStatusesMapToTheLifecycleKeepingTheRawValue(String raw, HppStatus expected) {
    wm.stubFor(
        get(urlEqualTo("/orders/inv-7"))
            .willReturn(
                json(
                    200,
                    "{\"merchantReference\":\"order-42\","
                        + "\"status\":\""
                        + raw
                        + "\",\"amount\":249.0,\"currency\":\"SEK\",\"provider\":{\"name\":\"klarna\"},"
                        + "\"updatedAt\":\"2026-11-23T12:05:00Z\",\"failureReason\":null}")));

    ProviderObservation observation = provider.readPage(PageView.of(OpttyDrafts.session("inv-7")));

    assertThat(observation.normalized()).isEqualTo(expected);
    assertThat(observation.raw()).isEqualTo(raw);
    wm.verify(
        getRequestedFor(urlEqualTo("/orders/inv-7"))
            .withHeader("Authorization", equalTo("Bearer tok-api-user-1")));
  }

  @Test
  void noOrderBeforeTheDueDateIsWaiting() {
    wm.stubFor(
        get(urlEqualTo("/orders/inv-8"))
            .willReturn(
                json(
                    404,
                    "{\"statusCode\":404,\"message\":\"Order not found\",\"error\":\"Not Found\"}")));

    ProviderObservation observation = provider.readPage(PageView.of(OpttyDrafts.session("inv-8")));

    assertThat(observation).isEqualTo(ProviderObservation.of(HppStatus.WAITING, "NOT_FOUND"));
  }

  @Test
  void noOrderAfterTheDueDateIsExpired() {
    wm.stubFor(get(urlEqualTo("/orders/inv-8")).willReturn(json(404, "{\"statusCode\":404}")));
    HppSession session = OpttyDrafts.session("inv-8");
    clock.advance(
        Duration.between(clock.instant(), session.expiresAt().plus(Duration.ofSeconds(1))));

    assertThat(provider.readPage(PageView.of(session)))
        .isEqualTo(ProviderObservation.of(HppStatus.EXPIRED, "NOT_FOUND"));
  }

  @Test
  void orderWithoutStatusIsMalformed() {
    wm.stubFor(
        get(urlEqualTo("/orders/inv-9"))
            .willReturn(json(200, "{\"merchantReference\":\"order-42\"}")));

    assertThatThrownBy(() -> provider.readPage(PageView.of(OpttyDrafts.session("inv-9"))))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void refundOrCancelUsesTheDefaultRouteWithAMerchantToken() {
    wm.stubFor(
        post(urlEqualTo("/custom/hpp/inv-10/cancel-or-refund"))
            .willReturn(json(200, "{\"invoiceNumber\":\"inv-10\",\"status\":\"CANCELLED\"}")));

    ProviderObservation result =
        provider.cancel(
            PageView.of(OpttyDrafts.session("inv-10")),
            new CancelRequest("inv-10-cancel", "shopper changed mind"));

    assertThat(result).isEqualTo(ProviderObservation.of(HppStatus.CANCELLED, "CANCELLED"));
    wm.verify(
        postRequestedFor(urlEqualTo("/custom/hpp/inv-10/cancel-or-refund"))
            .withHeader("Authorization", equalTo("Bearer tok-merchant-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson("{\"invoiceNumber\":\"inv-10\",\"reason\":\"shopper changed mind\"}")));
  }

  @Test
  void aPaidLinkIsRefunded() {
    wm.stubFor(
        post(urlEqualTo("/custom/hpp/inv-11/cancel-or-refund"))
            .willReturn(json(201, "{\"invoiceNumber\":\"inv-11\",\"status\":\"REFUNDED\"}")));

    ProviderObservation result =
        provider.refund(
            PageView.of(OpttyDrafts.session("inv-11")),
            new RefundRequest(OpttyDrafts.session("inv-11").amount(), "inv-11-refund", null));

    assertThat(result).isEqualTo(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"));
    wm.verify(
        postRequestedFor(urlEqualTo("/custom/hpp/inv-11/cancel-or-refund"))
            .withRequestBody(equalToJson("{\"invoiceNumber\":\"inv-11\"}")));
  }

  @Test
  void theRouteIsConfiguration() {
    reconfigure(
        OpttyStubs.config(wm.baseUrl())
            .withRefundOrCancelRoute(
                new OpttyDirectConfig.RefundOrCancelRoute(
                    "put", "/links/{invoiceNumber}/void", "api-user")));
    wm.stubFor(
        put(urlEqualTo("/links/inv-12/void"))
            .willReturn(json(200, "{\"invoiceNumber\":\"inv-12\",\"status\":\"CANCELLED\"}")));

    provider.cancel(
        PageView.of(OpttyDrafts.session("inv-12")), new CancelRequest("inv-12-cancel", null));

    wm.verify(
        putRequestedFor(urlEqualTo("/links/inv-12/void"))
            .withHeader("Authorization", equalTo("Bearer tok-api-user-1")));
  }

  @Test
  void refundAnswerWithoutStatusIsMalformed() {
    wm.stubFor(post(urlEqualTo("/custom/hpp/inv-13/cancel-or-refund")).willReturn(json(200, "{}")));

    assertThatThrownBy(
            () ->
                provider.cancel(
                    PageView.of(OpttyDrafts.session("inv-13")),
                    new CancelRequest("inv-13-cancel", null)))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void disableAndDistributeAreNotCapabilitiesOfOptty() {
    assertThat(provider)
        .isNotInstanceOf(DisablesPages.class)
        .isNotInstanceOf(DistributesLinks.class);
    assertThat(provider).isInstanceOf(RefundsPayments.class).isInstanceOf(CancelsPayments.class);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
