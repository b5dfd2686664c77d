package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.sandbox.fixtures.CallbackReceiver;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpttySandboxApiTest {

  private static SandboxServer sandbox;
  private final CallbackReceiver merchant = new CallbackReceiver();
  private final String clientId = "client-" + UUID.randomUUID();
  private final Map<String, String> links = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    sandbox = SharedSandbox.get();
  }

  @AfterEach
  void stop() {
    merchant.close();
    Http.delete(sandbox.baseUrl() + "/sandbox/admin/clock");
  }

  static Http.Answer token(String clientId, String scope) {
    return Http.postForm(
        SharedSandbox.get().opttyAuthUrl() + "/token",
        Map.of(
            "client_id",
            clientId,
            "client_secret",
            "s3cret",
            "grant_type",
            "client_credentials",
            "scope",
            scope));
  }

  static String bearer(String clientId, String scope) {
    return "Bearer " + token(clientId, scope).text("access_token");
  }

  private void configureMerchant() {
    Http.Answer set =
        Http.putJson(
            sandbox.baseUrl() + "/sandbox/admin/optty/merchants/" + clientId,
            """
                {"webhookUrl":"%s","redirectUrl":"https://shop.example/optty/return?cart=7"}"""
                .formatted(merchant.url("/webhooks/optty")));
    assertThat(set.status()).isEqualTo(200);
  }

  private Http.Answer createLink(String invoiceNumber) {
    Http.Answer created =
        Http.postJson(
            sandbox.opttyApiUrl() + "/custom/hpp",
            Payloads.opttyLink(invoiceNumber),
            "Authorization",
            bearer(clientId, "merchant"));
    if (created.status() == 200) {
      links.put(invoiceNumber, created.text("link"));
    }
    return created;
  }

  @Test
  void issuesJwtLikeTokensForAScope() {
    Http.Answer answer = token(clientId, "merchant");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text("token_type")).isEqualTo("Bearer");
    assertThat(answer.text("expires_in")).isEqualTo("86400");
    assertThat(answer.text("scope")).isEqualTo("merchant");
    String[] parts = answer.text("access_token").split("\\.");
    assertThat(parts).hasSize(3);
    assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
        .contains("\"sub\":\"" + clientId + "\"");

    Http.Answer wrongGrant =
        Http.postForm(
            sandbox.opttyAuthUrl() + "/token",
            Map.of(
                "client_id",
                clientId,
                "client_secret",
                "x",
                "grant_type",
                "password",
                "scope",
                "merchant"));
    assertThat(wrongGrant.status()).isEqualTo(400);
    assertThat(wrongGrant.text("statusCode")).isEqualTo("400");
    assertThat(wrongGrant.text("error")).isEqualTo("Bad Request");
    assertThat(token(clientId, "admin").status()).isEqualTo(400);
  }

  @Test
  void checksTheBearerTokenAndItsScope() {
    Http.Answer unknown =
        Http.postJson(
            sandbox.opttyApiUrl() + "/custom/hpp",
            Payloads.opttyLink("INV-A"),
            "Authorization",
            "Bearer not-a-token");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.text("message")).isEqualTo("Unauthorized");
    assertThat(unknown.text("statusCode")).isEqualTo("401");

    Http.Answer wrongScope =
        Http.postJson(
            sandbox.opttyApiUrl() + "/custom/hpp",
            Payloads.opttyLink("INV-A"),
            "Authorization",
            bearer(clientId, "api-user"));
    assertThat(wrongScope.status()).isEqualTo(403);
    assertThat(wrongScope.text("error")).isEqualTo("Forbidden");

    Http.Answer ordersWithMerchantScope =
        Http.get(
            sandbox.opttyApiUrl() + "/orders/INV-A", "Authorization", bearer(clientId, "merchant"));
    assertThat(ordersWithMerchantScope.status()).isEqualTo(403);
  }

  @Test
  void tokensExpire() {
    String merchantToken = bearer(clientId, "merchant");
    assertThat(createLinkWith(merchantToken, "INV-EXP-1").status()).isEqualTo(200);

    Http.postJson(sandbox.baseUrl() + "/sandbox/admin/clock/advance", "{\"seconds\":86401}");

    assertThat(createLinkWith(merchantToken, "INV-EXP-2").status()).isEqualTo(401);
  }

  private Http.Answer createLinkWith(String authorization, String invoice) {
    return Http.postJson(
        sandbox.opttyApiUrl() + "/custom/hpp",
        Payloads.opttyLink(invoice),
        "Authorization",
        authorization);
  }

  @Test
  void validatesTheLinkInNestJsShape() {
    String body =
        Payloads.opttyLink("INV-V")
            .replace("\"email\":\"shopper@example.com\",", "")
            .replace("\"price\":119.90", "\"price\":120.00");

    Http.Answer answer =
        Http.postJson(
            sandbox.opttyApiUrl() + "/custom/hpp",
            body,
            "Authorization",
            bearer(clientId, "merchant"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text("error")).isEqualTo("Bad Request");
    assertThat(messages(answer))
        .contains("email should not be empty", "price must equal subTotal + taxAmount");
  }

  @Test
  void createsALinkOncePerInvoiceNumber() {
    Http.Answer created = createLink("INV-1");

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.text("message")).isNotBlank();
    assertThat(created.text("id")).isNotBlank();
    assertThat(created.text("link")).contains("/sandbox/optty/pay/" + created.text("id"));
    assertThat(created.text("QRCodeImgUrl")).isEqualTo(created.text("link") + "/qr");
    Http.Answer reused = createLink("INV-1");
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.text("error")).isEqualTo("Conflict");
  }

  @Test
  void orderAppearsWhenTheShopperOpensTheLinkAndPayingRedirectsWithAValidHash() throws Exception {
    configureMerchant();
    Http.Answer created = createLink("INV-PAY");
    String apiUser = bearer(clientId, "api-user");
    assertThat(
            Http.get(sandbox.opttyApiUrl() + "/orders/INV-PAY", "Authorization", apiUser).status())
        .isEqualTo(404);

    Http.Answer page = Http.get(created.text("link"));
    assertThat(page.body()).contains("119.90 AUD", "Yoga mat", "Test Shop AB", "id=\"pay\"");
    String orderReference =
        parse(merchant.await(r -> r.body().contains("\"INITIATED\""), 1).get(0).body())
            .get("data")
            .get("orderReference")
            .getStringValue();
    assertThat(orderReference).startsWith("ord_").isNotEqualTo("INV-PAY");
    String orders = sandbox.opttyApiUrl() + "/orders/" + orderReference;
    assertThat(Http.get(orders, "Authorization", apiUser).text("status")).isEqualTo("INITIATED");
    assertThat(
            Http.get(sandbox.opttyApiUrl() + "/orders/INV-PAY", "Authorization", apiUser).status())
        .as("an invoice number is not an order reference")
        .isEqualTo(404);

    Http.Answer paid = Http.postForm(created.text("link") + "/pay", Map.of());
    assertThat(paid.status()).isEqualTo(303);
    Map<String, String> query = query(paid.header("Location"));
    assertThat(paid.header("Location"))
        .startsWith("https://shop.example/optty/return?cart=7&hash=");
    assertThat(query).containsEntry("status", "SUCCESSFUL").containsEntry("reference", "INV-PAY");
    assertThat(query.get("hash"))
        .isEqualTo(hmac("SUCCESSFUL|INV-PAY", SharedSandbox.PAYMENT_SECRET));

    Http.Answer order = Http.get(orders, "Authorization", apiUser);
    assertThat(order.text("status")).isEqualTo("SUCCESSFUL");
    assertThat(order.text("merchantReference")).isEqualTo("INV-PAY");
    assertThat(order.text("orderReference")).isEqualTo(orderReference);
    assertThat(order.json().get("metadata").get("invoiceNumber").getStringValue())
        .isEqualTo("INV-PAY");
    assertThat(order.text("amount")).isEqualTo("119.9");
    assertThat(order.text("currency")).isEqualTo("AUD");
    assertThat(order.json().get("failureReason").isNull()).isTrue();
    assertThat(query.get("providerReference")).isEqualTo(order.text("orderReference"));

    List<CallbackReceiver.Received> webhooks =
        merchant.await(r -> r.body().contains("\"SUCCESSFUL\""), 1);
    JsonNode event = parse(webhooks.get(0).body());
    assertThat(event.get("id").getStringValue()).startsWith("evt_");
    assertThat(event.get("event").getStringValue()).isEqualTo("ORDER_STATUS_UPDATE");
    assertThat(event.get("createdAt").getStringValue()).isNotBlank();
    JsonNode data = event.get("data");
    assertThat(data.get("initiator").getStringValue()).isEqualTo("payment-link");
    assertThat(data.get("orderReference").getStringValue()).isEqualTo(order.text("orderReference"));
    assertThat(data.get("metadata").get("invoiceNumber").getStringValue()).isEqualTo("INV-PAY");
    assertThat(data.get("currency").getStringValue()).isEqualTo("AUD");
    assertThat(data.get("amount").getBigDecimalValue()).isEqualByComparingTo("119.90");
  }

  @Test
  void cancelsAnUnpaidLinkAndRefundsAPaidOne() {
    configureMerchant();
    String merchantToken = bearer(clientId, "merchant");
    createLink("INV-C");
    createLink("INV-R");
    Http.postForm(linkOf("INV-R") + "/pay", Map.of());

    Http.Answer cancelled = cancelOrRefund("INV-C", merchantToken);
    Http.Answer refunded = cancelOrRefund("INV-R", merchantToken);

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.text("invoiceNumber")).isEqualTo("INV-C");
    assertThat(refunded.text("status")).isEqualTo("REFUNDED");
    assertThat(
            Http.get(
                    sandbox.opttyApiUrl() + "/orders/" + orderReferenceOf("INV-R"),
                    "Authorization",
                    bearer(clientId, "api-user"))
                .text("status"))
        .isEqualTo("REFUNDED");
    assertThat(cancelOrRefund("INV-R", merchantToken).text("status")).isEqualTo("REFUNDED");
    assertThat(cancelOrRefund("INV-NONE", merchantToken).status()).isEqualTo(404);
    assertThat(Http.get(linkOf("INV-C")).body())
        .contains("already CANCELLED")
        .doesNotContain("id=\"pay\"");
    merchant.await(r -> r.body().contains("REFUND_CALLBACK"), 1);
  }

  @Test
  void linksExpireAtTheirDueDate() {
    Http.Answer created = createLink("INV-DUE");

    Http.postJson(
        sandbox.baseUrl() + "/sandbox/admin/clock/advance", "{\"seconds\":" + (3 * 86400) + "}");

    Http.Answer page = Http.get(created.text("link"));
    assertThat(page.status()).isEqualTo(410);
    assertThat(page.body()).contains("expired");
    assertThat(
            Http.get(
                    sandbox.opttyApiUrl() + "/orders/INV-DUE",
                    "Authorization",
                    bearer(clientId, "api-user"))
                .status())
        .isEqualTo(404);
  }

  /** The reference of the latest order of {@code invoice}, from the webhooks received. */
  private String orderReferenceOf(String invoice) {
    List<CallbackReceiver.Received> events =
        merchant.await(r -> r.body().contains("\"invoiceNumber\":\"" + invoice + "\""), 1);
    return parse(events.get(events.size() - 1).body())
        .get("data")
        .get("orderReference")
        .getStringValue();
  }

  private Http.Answer refund(String orderReference, String refundReference, String amount) {
    return Http.postJson(
        sandbox.opttyApiUrl() + "/orders/" + orderReference + "/refund",
        """
            {"refundAmount":{"amount":%s,"currency":"AUD"},"refundDescription":"customer request",
             "refundReference":"%s"}"""
            .formatted(amount, refundReference),
        "Authorization",
        bearer(clientId, "api-user"));
  }

  /**
   * An order's end is not the link's end: after the shopper cancels (or is declined) on the page,
   * the link is still payable, with a new order of its own reference.
   */
  @Test
  void aCancelledOrderLeavesTheLinkPayable() throws Exception {
    configureMerchant();
    createLink("INV-AGAIN");
    Http.Answer cancelled = Http.postForm(linkOf("INV-AGAIN") + "/cancel", Map.of());
    assertThat(cancelled.status()).isEqualTo(303);
    String first = query(cancelled.header("Location")).get("providerReference");
    assertThat(query(cancelled.header("Location"))).containsEntry("status", "CANCELLED");

    Http.Answer page = Http.get(linkOf("INV-AGAIN"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"pay\"");
    Http.Answer paid = Http.postForm(linkOf("INV-AGAIN") + "/pay", Map.of());
    assertThat(paid.status()).isEqualTo(303);
    Map<String, String> redirect = query(paid.header("Location"));
    assertThat(redirect).containsEntry("status", "SUCCESSFUL");
    String second = redirect.get("providerReference");
    assertThat(second).isNotEqualTo(first);

    String apiUser = bearer(clientId, "api-user");
    assertThat(
            Http.get(sandbox.opttyApiUrl() + "/orders/" + first, "Authorization", apiUser)
                .text("status"))
        .isEqualTo("CANCELLED");
    assertThat(
            Http.get(sandbox.opttyApiUrl() + "/orders/" + second, "Authorization", apiUser)
                .text("status"))
        .isEqualTo("SUCCESSFUL");
    assertThat(Http.postForm(linkOf("INV-AGAIN") + "/pay", Map.of()).status())
        .as("a paid link takes no second payment")
        .isEqualTo(409);
  }

  /**
   * The refund route of Optty's plugin: 201 with the refund; the same refundReference again is a
   * retry answered with the first refund's result (no second refund, no second webhook); another
   * reference on the refunded order is 409.
   */
  @Test
  void refundsAPaidOrderOncePerRefundReference() {
    configureMerchant();
    createLink("INV-RF");
    Http.postForm(linkOf("INV-RF") + "/pay", Map.of());
    merchant.await(r -> r.body().contains("\"SUCCESSFUL\""), 1);
    String order = orderReferenceOf("INV-RF");

    Http.Answer tooMuch = refund(order, "rf-1", "119.91");
    assertThat(tooMuch.status()).isEqualTo(400);
    Http.Answer first = refund(order, "rf-1", "119.90");
    Http.Answer retry = refund(order, "rf-1", "119.90");
    Http.Answer second = refund(order, "rf-2", "119.90");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.text("refundStatus")).isEqualTo("SUCCESSFUL");
    assertThat(first.text("refundReference")).isEqualTo("rf-1");
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.text("refundId")).isEqualTo(first.text("refundId"));
    assertThat(second.status()).isEqualTo(409);
    assertThat(
            Http.get(
                    sandbox.opttyApiUrl() + "/orders/" + order,
                    "Authorization",
                    bearer(clientId, "api-user"))
                .text("status"))
        .isEqualTo("REFUNDED");
    assertThat(refund("INV-RF", "rf-3", "119.90").status())
        .as("an invoice number is not an order reference")
        .isEqualTo(404);
    assertThat(
            Http.postJson(
                    sandbox.opttyApiUrl() + "/orders/" + order + "/refund",
                    "{}",
                    "Authorization",
                    bearer(clientId, "merchant"))
                .status())
        .isEqualTo(403);
    merchant.await(r -> r.body().contains("REFUND_CALLBACK"), 1);
    assertThat(
            merchant.matchingAfter(
                java.time.Duration.ofMillis(300), r -> r.body().contains("REFUND_CALLBACK")))
        .hasSize(1);
  }

  /**
   * Refunds in parts: each reference is one refund, the order stays SUCCESSFUL until the refunds
   * reach its amount, a refund over what remains is 400 and moves nothing, the same reference with
   * another amount is 409, and each refund's webhook names its amount.
   */
  @Test
  void refundsAPaidOrderInPartsButNeverBeyondItsAmount() {
    configureMerchant();
    createLink("INV-PART");
    Http.postForm(linkOf("INV-PART") + "/pay", Map.of());
    merchant.await(r -> r.body().contains("\"SUCCESSFUL\""), 1);
    String order = orderReferenceOf("INV-PART");

    Http.Answer first = refund(order, "rf-p1", "19.90");
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.text("refundStatus")).isEqualTo("SUCCESSFUL");
    assertThat(orderStatus(order)).isEqualTo("SUCCESSFUL");

    assertThat(refund(order, "rf-p1", "20.00").status())
        .as("a reference reused for another amount")
        .isEqualTo(409);
    Http.Answer over = refund(order, "rf-p2", "100.01");
    assertThat(over.status()).isEqualTo(400);
    assertThat(over.body()).contains("exceeds the refundable amount 100.00 AUD");
    assertThat(orderStatus(order)).isEqualTo("SUCCESSFUL");

    Http.Answer rest = refund(order, "rf-p2", "100.00");
    assertThat(rest.status()).isEqualTo(201);
    assertThat(orderStatus(order)).isEqualTo("REFUNDED");
    assertThat(refund(order, "rf-p3", "0.01").status()).isEqualTo(409);
    assertThat(refund(order, "rf-p1", "19.90").text("refundId"))
        .as("a retry after the order is refunded in full is still answered")
        .isEqualTo(first.text("refundId"));

    merchant.await(r -> r.body().contains("\"refundReference\":\"rf-p2\",\"refundAmount\":100"), 1);
    assertThat(
            merchant.matchingAfter(
                java.time.Duration.ofMillis(300), r -> r.body().contains("REFUND_CALLBACK")))
        .hasSize(2)
        .anySatisfy(
            r ->
                assertThat(r.body())
                    .contains("\"refundReference\":\"rf-p1\",\"refundAmount\":19.9"));
  }

  private String orderStatus(String order) {
    return Http.get(
            sandbox.opttyApiUrl() + "/orders/" + order,
            "Authorization",
            bearer(clientId, "api-user"))
        .text("status");
  }

  private String linkOf(String invoice) {
    return links.get(invoice);
  }

  private Http.Answer cancelOrRefund(String invoice, String authorization) {
    return Http.postJson(
        sandbox.opttyApiUrl() + "/custom/hpp/" + invoice + "/cancel-or-refund",
        "{\"invoiceNumber\":\"" + invoice + "\",\"reason\":\"customer request\"}",
        "Authorization",
        authorization);
  }

  static Map<String, String> query(String url) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      values.put(
          pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  /**
   * The documented form of the redirect hash: unpadded standard base64 of the HMAC-SHA256 (32
   * bytes, as in Optty's example {@code coqCmt%2FIZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU%2BiCWo0}).
   */
  static String hmac(String text, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder()
        .withoutPadding()
        .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode parse(String json) {
    try {
      return JsonMapper.createDefault().readValue(json, JsonNode.class);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static List<String> messages(Http.Answer answer) {
    List<String> messages = new ArrayList<>();
    answer.json().get("message").values().forEach(m -> messages.add(m.getStringValue()));
    return messages;
  }
}
