package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.sandbox.fixtures.CallbackReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KustomSandboxApiTest {

  private static String kustom;
  private final CallbackReceiver merchant = new CallbackReceiver();

  @BeforeAll
  static void start() {
    kustom = SharedSandbox.get().kustomBaseUrl();
  }

  @AfterEach
  void stop() {
    merchant.close();
  }

  private Http.Answer createOrder() {
    return MerchantCalls.kcoOrder(merchant.url("/push?order={checkout.order.id}"));
  }

  private static Http.Answer createHpp(String orderId, String merchantUrls) {
    return MerchantCalls.hpp(kustom, "/checkout/v3/orders/" + orderId, merchantUrls);
  }

  @Test
  void orderCreationNeedsEveryMerchantUrl() {
    String withoutPush = Payloads.kcoOrder("x").replace(",\"push\":\"x\"", "");

    Http.Answer answer =
        Http.postJson(kustom + "/checkout/v3/orders", withoutPush, "Authorization", Http.BASIC);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text("error_code")).isEqualTo("BAD_VALUE");
    assertThat(KlarnaSandboxApiTest.messages(answer)).contains("Missing field: merchant_urls.push");
    Http.Answer noLocale =
        Http.postJson(
            kustom + "/checkout/v3/orders",
            Payloads.kcoOrder(merchant.url("/p")).replace("\"locale\":\"sv-SE\",", ""),
            "Authorization",
            Http.BASIC);
    assertThat(KlarnaSandboxApiTest.messages(noLocale)).contains("Missing field: locale");
  }

  @Test
  void createsAndReadsAnOrder() {
    Http.Answer order = createOrder();

    assertThat(order.text("status")).isEqualTo("checkout_incomplete");
    assertThat(order.text("html_snippet")).contains("<div");
    Http.Answer read =
        Http.get(
            kustom + "/checkout/v3/orders/" + order.text("order_id"), "Authorization", Http.BASIC);
    assertThat(read.text("order_amount")).isEqualTo("50000");
    assertThat(Http.get(kustom + "/checkout/v3/orders/nope", "Authorization", Http.BASIC).status())
        .isEqualTo(404);
  }

  @Test
  void hppSessionForAnOrderHasTheManualIdCheckUrlAndRefusesKpOptions() {
    String orderId = createOrder().text("order_id");

    Http.Answer created =
        createHpp(orderId, "{\"success\":\"https://shop.example/ok?order={{order_id}}\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("manual_identification_check_url")).endsWith("/manual-id-check");
    assertThat(created.text("redirect_url")).contains("/sandbox/kustom/pay/");

    Http.Answer placeOrder =
        Http.postJson(
            kustom + "/hpp/v1/sessions",
            """
                {"payment_session_url":"%s/checkout/v3/orders/%s","options":{"place_order_mode":"PLACE_ORDER"}}"""
                .formatted(kustom, orderId),
            "Authorization",
            Http.BASIC);
    assertThat(placeOrder.status()).isEqualTo(400);
    Http.Answer token =
        createHpp(orderId, "{\"success\":\"https://shop.example/ok?t={{authorization_token}}\"}");
    assertThat(KlarnaSandboxApiTest.messages(token))
        .anyMatch(m -> m.contains("only allowed for KP"));
    Http.Answer klarnaUrl =
        Http.postJson(
            kustom + "/hpp/v1/sessions",
            Payloads.hpp(
                SharedSandbox.get().klarnaBaseUrl() + "/payments/v1/sessions/" + orderId, "{}"),
            "Authorization",
            Http.BASIC);
    assertThat(klarnaUrl.status()).isEqualTo(400);
  }

  @Test
  void payingCompletesTheOrderAndPushesUntilAcknowledged() {
    String orderId = createOrder().text("order_id");
    Http.Answer created =
        createHpp(
            orderId,
            "{\"success\":\"https://shop.example/ok?order={{order_id}}&sid={{session_id}}\"}");
    assertThat(
            Http.get(kustom + "/ordermanagement/v1/orders/" + orderId, "Authorization", Http.BASIC)
                .status())
        .isEqualTo(404);

    Http.Answer paid = Http.postForm(created.text("redirect_url") + "/pay", Map.of());

    assertThat(paid.header("Location"))
        .isEqualTo(
            "https://shop.example/ok?order=" + orderId + "&sid=" + created.text("session_id"));
    Http.Answer session = Http.get(created.text("session_url"), "Authorization", Http.BASIC);
    assertThat(session.text("status")).isEqualTo("COMPLETED");
    assertThat(session.text("order_id")).isEqualTo(orderId);
    assertThat(session.text("klarna_reference")).isNotBlank();
    assertThat(
            Http.get(kustom + "/checkout/v3/orders/" + orderId, "Authorization", Http.BASIC)
                .text("status"))
        .isEqualTo("checkout_complete");

    List<CallbackReceiver.Received> pushes = merchant.await(r -> r.uri().startsWith("/push"), 1);
    assertThat(pushes)
        .allSatisfy(
            push -> {
              assertThat(push.method()).isEqualTo("POST");
              assertThat(push.uri()).isEqualTo("/push?order=" + orderId);
              assertThat(push.body()).isEmpty();
            });
    String acknowledge = kustom + "/ordermanagement/v1/orders/" + orderId + "/acknowledge";
    assertThat(Http.postJson(acknowledge, "", "Authorization", Http.BASIC).status()).isEqualTo(204);
    assertThat(Http.postJson(acknowledge, "", "Authorization", Http.BASIC).status()).isEqualTo(204);
    Http.Answer managed =
        Http.get(kustom + "/ordermanagement/v1/orders/" + orderId, "Authorization", Http.BASIC);
    assertThat(managed.text("status")).isEqualTo("AUTHORIZED");
    assertThat(managed.text("acknowledged")).isEqualTo("true");
    assertThat(managed.text("klarna_reference")).isEqualTo(session.text("klarna_reference"));
    int afterAcknowledge = merchant.matching(r -> r.uri().startsWith("/push")).size();
    // A push already in flight may still land; none is started after that one.
    int later =
        merchant.matchingAfter(Duration.ofMillis(600), r -> r.uri().startsWith("/push")).size();
    assertThat(later).isBetween(afterAcknowledge, afterAcknowledge + 1);
    assertThat(later).isLessThan(4);
  }

  @Test
  void unacknowledgedOrdersArePushedAgainUntilTheConfiguredNumberOfAttempts() {
    String orderId = createOrder().text("order_id");
    Http.Answer created = createHpp(orderId, "{}");

    Http.postForm(created.text("redirect_url") + "/pay", Map.of());

    merchant.await(r -> r.uri().startsWith("/push"), 4);
    assertThat(merchant.matchingAfter(Duration.ofMillis(500), r -> r.uri().startsWith("/push")))
        .hasSize(4);
  }
}
