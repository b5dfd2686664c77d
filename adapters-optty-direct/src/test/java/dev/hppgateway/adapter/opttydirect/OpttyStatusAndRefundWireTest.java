package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.hppgateway.adapter.opttydirect.OpttyStubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.out.provider.CancelRequest;
import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.RefundRequest;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.ProviderObservation;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /orders/{reference}} (the orders webhooks named; the invoice number as UNVERIFIED
 * fallback), the verified order refund route and the (UNVERIFIED, configurable) link cancel call.
 */
class OpttyStatusAndRefundWireTest extends OpttyWireTest {

  @BeforeEach
  void stubTokens() {
    OpttyStubs.tokens(wm);
  }

  @ParameterizedTest
  @CsvSource({
    "INITIATED, IN_PROGRESS",
    "PENDING, IN_PROGRESS",
    "SUCCESSFUL, COMPLETED",
    "PAID, COMPLETED",
    "CANCELLED, FAILED",
    "canceled, FAILED",
    "Cancelled, FAILED",
    "DECLINED, FAILED",
    "declined, FAILED",
    "FAILED, FAILED",
    "failed, FAILED",
    "ERROR, FAILED",
    "REFUNDED, REFUNDED",
    "PARTIALLY_REFUNDED, COMPLETED",
    "partially_refunded, COMPLETED",
    "REFUND_REQUESTED, UNKNOWN",
    "successful, COMPLETED",
    "pending, IN_PROGRESS"
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
  void noOrderAfterTheDueDateStillReadsWaitingForTheSweepToEnd() {
    wm.stubFor(get(urlEqualTo("/orders/inv-8")).willReturn(json(404, "{\"statusCode\":404}")));
    HppSession session = OpttyDrafts.session("inv-8");
    clock.advance(
        Duration.between(clock.instant(), session.expiresAt().plus(Duration.ofSeconds(1))));

    assertThat(provider.readPage(PageView.of(session)))
        .isEqualTo(ProviderObservation.of(HppStatus.WAITING, "NOT_FOUND"));
  }

  @Test
  void orderWithoutStatusIsMalformed() {
    wm.stubFor(
        get(urlEqualTo("/orders/inv-9"))
            .willReturn(json(200, "{\"merchantReference\":\"order-42\"}")));

    assertThatThrownBy(() -> provider.readPage(PageView.of(OpttyDrafts.session("inv-9"))))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  private void order(String reference, String invoice, String status) {
    wm.stubFor(
        get(urlEqualTo("/orders/" + reference))
            .willReturn(
                json(
                    200,
                    "{\"merchantReference\":\"m-1\",\"orderReference\":\""
                        + reference
                        + "\",\"status\":\""
                        + status
                        + "\",\"amount\":249.0,\"currency\":\"SEK\","
                        + "\"metadata\":{\"invoiceNumber\":\""
                        + invoice
                        + "\"}}")));
  }

  private static HppSession withOrders(String invoice, String... references) {
    HppSession session = OpttyDrafts.session(invoice);
    for (String reference : references) {
      session.recordProviderPaymentRef(reference, OpttyDrafts.NOW);
    }
    return session;
  }

  /** The orders webhooks named are read by their own reference; the latest one decides. */
  @Test
  void readsTheOrdersTheWebhooksNamedAndTheLatestDecides() {
    order("ord_1", "inv-20", "CANCELLED");
    order("ord_2", "inv-20", "INITIATED");

    ProviderObservation observation =
        provider.readPage(PageView.of(withOrders("inv-20", "ord_1", "ord_2")));

    assertThat(observation).isEqualTo(ProviderObservation.of(HppStatus.IN_PROGRESS, "INITIATED"));
    wm.verify(0, getRequestedFor(urlEqualTo("/orders/inv-20")));
    wm.verify(getRequestedFor(urlEqualTo("/orders/ord_1")));
  }

  @Test
  void anySuccessfulOrderMeansPaid() {
    order("ord_3", "inv-21", "SUCCESSFUL");
    order("ord_4", "inv-21", "DECLINED");

    assertThat(provider.readPage(PageView.of(withOrders("inv-21", "ord_3", "ord_4"))))
        .isEqualTo(ProviderObservation.of(HppStatus.COMPLETED, "SUCCESSFUL"));
  }

  /** A cancelled order leaves the link payable: FAILED (retry allowed), not CANCELLED. */
  @Test
  void aCancelledOrderIsAFailedAttemptNotACancelledLink() {
    order("ord_5", "inv-22", "canceled");

    assertThat(provider.readPage(PageView.of(withOrders("inv-22", "ord_5"))))
        .isEqualTo(ProviderObservation.of(HppStatus.FAILED, "canceled"));
  }

  /** An order that names another link is not this link's payment, whatever its status. */
  @Test
  void anOrderOfAnotherLinkIsIgnored() {
    order("ord_6", "inv-other", "SUCCESSFUL");

    assertThat(provider.readPage(PageView.of(withOrders("inv-23", "ord_6"))))
        .isEqualTo(ProviderObservation.of(HppStatus.WAITING, "NOT_FOUND"));
  }

  /**
   * Optty documents no metadata in the order read: an order the link's own webhook named, whose
   * read names no link, is the link's (a paid page must never be missed for a missing field).
   */
  @Test
  void aNamedOrderWhoseReadNamesNoLinkCounts() {
    wm.stubFor(
        get(urlEqualTo("/orders/ord_7"))
            .willReturn(json(200, "{\"orderReference\":\"ord_7\",\"status\":\"SUCCESSFUL\"}")));

    assertThat(provider.readPage(PageView.of(withOrders("inv-23", "ord_7"))).normalized())
        .isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void pastTheDueDateTheReadSaysWhatTheOrdersSayAndLeavesTheEndToTheSweep() {
    // The gateway's sweep expires the page after its due date plus a grace period; the read does
    // not judge the due date on the gateway's clock (an order may be starting right at the end).
    order("ord_8", "inv-24", "DECLINED");
    order("ord_9", "inv-25", "PENDING");
    clock.advance(Duration.between(clock.instant(), OpttyDrafts.DUE.plus(Duration.ofSeconds(1))));

    assertThat(provider.readPage(PageView.of(withOrders("inv-24", "ord_8"))))
        .isEqualTo(ProviderObservation.of(HppStatus.FAILED, "DECLINED"));
    assertThat(provider.readPage(PageView.of(withOrders("inv-25", "ord_9"))))
        .isEqualTo(ProviderObservation.of(HppStatus.IN_PROGRESS, "PENDING"));
  }

  /**
   * The verified refund route of the paid order, with the amount in major units, an api-user token
   * and the request's stable reference.
   */
  @Test
  void aPaidLinkIsRefundedThroughItsPaidOrder() {
    order("ord_10", "inv-26", "DECLINED");
    order("ord_11", "inv-26", "SUCCESSFUL");
    wm.stubFor(
        post(urlEqualTo("/orders/ord_11/refund"))
            .willReturn(
                json(201, "{\"refundStatus\":\"SUCCESSFUL\",\"refundReference\":\"r-1\"}")));
    HppSession session = withOrders("inv-26", "ord_10", "ord_11");

    ProviderObservation result =
        provider.refund(
            PageView.of(session), new RefundRequest(session.amount(), "inv-26-refund", "broken"));

    assertThat(result).isEqualTo(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"));
    wm.verify(
        postRequestedFor(urlEqualTo("/orders/ord_11/refund"))
            .withHeader("Authorization", equalTo("Bearer tok-api-user-1"))
            .withRequestBody(
                equalToJson(
                    "{\"refundAmount\":{\"amount\":249.00,\"currency\":\"SEK\"},"
                        + "\"refundDescription\":\"broken\",\"refundReference\":\"inv-26-refund\"}")));
    wm.verify(0, postRequestedFor(urlMatching("/custom/hpp/.*")));
    wm.verify(0, postRequestedFor(urlEqualTo("/orders/ord_10/refund")));
  }

  /**
   * A partial refund sends the requested amount, not the page's, in major units with the currency's
   * digits, and the refund's own reference; an order partly refunded before is still the paid one.
   */
  @Test
  void aPartialRefundSendsTheRequestedAmountAndItsOwnReference() {
    order("ord_13", "inv-29", "PARTIALLY_REFUNDED");
    wm.stubFor(
        post(urlEqualTo("/orders/ord_13/refund"))
            .willReturn(
                json(201, "{\"refundStatus\":\"SUCCESSFUL\",\"refundReference\":\"inv-29-r2\"}")));
    HppSession session = withOrders("inv-29", "ord_13");

    ProviderObservation result =
        provider.refund(
            PageView.of(session),
            new RefundRequest(Money.of(505, "SEK"), "hpp_29-r2", "one shoe returned"));

    assertThat(result).isEqualTo(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"));
    wm.verify(
        postRequestedFor(urlEqualTo("/orders/ord_13/refund"))
            .withRequestBody(matching(".*\"amount\":5\\.05[,}].*"))
            .withRequestBody(
                equalToJson(
                    "{\"refundAmount\":{\"amount\":5.05,\"currency\":\"SEK\"},"
                        + "\"refundDescription\":\"one shoe returned\","
                        + "\"refundReference\":\"hpp_29-r2\"}")));
  }

  @Test
  void aPendingRefundIsNotYetRefunded() {
    order("ord_12", "inv-27", "SUCCESSFUL");
    wm.stubFor(
        post(urlEqualTo("/orders/ord_12/refund"))
            .willReturn(json(201, "{\"refundStatus\":\"PENDING\"}")));
    HppSession session = withOrders("inv-27", "ord_12");

    assertThat(
            provider.refund(
                PageView.of(session), new RefundRequest(session.amount(), "inv-27-refund", null)))
        .isEqualTo(ProviderObservation.of(HppStatus.UNKNOWN, "REFUND_PENDING"));
  }

  @Test
  void aLinkWithoutAPaidOrderIsNotRefunded() {
    order("ord_13", "inv-28", "DECLINED");
    HppSession session = withOrders("inv-28", "ord_13");

    assertThatThrownBy(
            () ->
                provider.refund(
                    PageView.of(session),
                    new RefundRequest(session.amount(), "inv-28-refund", null)))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
    wm.verify(0, postRequestedFor(urlMatching(".*/refund")));
  }

  /** A cancel never refunds: a paid link is a 409 before the link route is called. */
  @Test
  void aPaidLinkIsNeverCancelled() {
    order("ord_14", "inv-29", "SUCCESSFUL");

    assertThatThrownBy(
            () ->
                provider.cancel(
                    PageView.of(withOrders("inv-29", "ord_14")),
                    new CancelRequest("inv-29-cancel", null)))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
    wm.verify(0, postRequestedFor(urlMatching("/custom/hpp/.*")));
  }

  /** Should the link route refund anyway (the gateway knew no paid order), it is a 409. */
  @ParameterizedTest
  @CsvSource({"REFUNDED", "refunded", "SUCCESSFUL"})
  void aCancelTheRouteAnswersAsPaidIsAConflict(String answered) {
    wm.stubFor(
        post(urlEqualTo("/custom/hpp/inv-30/cancel-or-refund"))
            .willReturn(
                json(200, "{\"invoiceNumber\":\"inv-30\",\"status\":\"" + answered + "\"}")));

    assertThatThrownBy(
            () ->
                provider.cancel(
                    PageView.of(OpttyDrafts.session("inv-30")),
                    new CancelRequest("inv-30-cancel", null)))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
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

  /**
   * With no order known, the link's invoice number is read as an order (UNVERIFIED fallback) and
   * the order it answers is refunded through its own reference, never through the link route.
   */
  @Test
  void aPaidLinkIsRefunded() {
    wm.stubFor(
        get(urlEqualTo("/orders/inv-11"))
            .willReturn(json(200, "{\"orderReference\":\"ord_inv11\",\"status\":\"SUCCESSFUL\"}")));
    wm.stubFor(
        post(urlEqualTo("/orders/ord_inv11/refund"))
            .willReturn(json(201, "{\"refundStatus\":\"SUCCESSFUL\"}")));

    ProviderObservation result =
        provider.refund(
            PageView.of(OpttyDrafts.session("inv-11")),
            new RefundRequest(OpttyDrafts.session("inv-11").amount(), "inv-11-refund", null));

    assertThat(result).isEqualTo(ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED"));
    wm.verify(
        postRequestedFor(urlEqualTo("/orders/ord_inv11/refund"))
            .withRequestBody(
                equalToJson(
                    "{\"refundAmount\":{\"amount\":249.00,\"currency\":\"SEK\"},"
                        + "\"refundReference\":\"inv-11-refund\"}",
                    false,
                    true)));
    wm.verify(0, postRequestedFor(urlMatching("/custom/hpp/.*")));
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
