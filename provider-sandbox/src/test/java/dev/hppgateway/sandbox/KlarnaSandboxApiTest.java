package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.hppgateway.sandbox.fixtures.CallbackReceiver;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KlarnaSandboxApiTest {

  private static String klarna;
  private final CallbackReceiver merchant = new CallbackReceiver();

  @BeforeAll
  static void start() {
    klarna = SharedSandbox.get().klarnaBaseUrl();
  }

  @AfterEach
  void stop() {
    merchant.close();
    Http.delete(SharedSandbox.get().baseUrl() + "/sandbox/admin/clock");
  }

  private static String createKpSession() {
    return MerchantCalls.kpSessionId();
  }

  private static Http.Answer createHpp(String kpSessionId, String merchantUrls) {
    return MerchantCalls.hpp(klarna, "/payments/v1/sessions/" + kpSessionId, merchantUrls);
  }

  @Test
  void refusesCallsWithoutBasicCredentials() {
    Http.Answer answer = Http.postJson(klarna + "/payments/v1/sessions", Payloads.kpSession());

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.text("error_code")).isEqualTo("UNAUTHORIZED");
    assertThat(answer.text("correlation_id")).isNotBlank();
  }

  @Test
  void createsAndReadsAKpPaymentSession() {
    Http.Answer created = MerchantCalls.kpSession(Payloads.kpSession());

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.text("client_token")).contains(".");
    assertThat(created.json().get("payment_method_categories").size()).isPositive();
    Http.Answer read =
        Http.get(
            klarna + "/payments/v1/sessions/" + created.text("session_id"),
            "Authorization",
            Http.BASIC);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text("status")).isEqualTo("incomplete");
    assertThat(read.text("order_amount")).isEqualTo("123450");
  }

  @Test
  void answersValidationErrorsInKlarnasShape() {
    String unbalanced =
        Payloads.kpSession()
            .replace("\"order_amount\":123450", "\"order_amount\":123451")
            .replace("\"purchase_country\":\"SE\",", "");

    Http.Answer answer = MerchantCalls.kpSession(unbalanced);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text("error_code")).isEqualTo("BAD_VALUE");
    assertThat(messages(answer)).contains("Missing field: purchase_country");
    assertThat(answer.text("correlation_id")).isNotBlank();

    Http.Answer wrongTax =
        MerchantCalls.kpSession(
            Payloads.kpSession()
                .replace("\"total_tax_amount\":19980", "\"total_tax_amount\":15000"));
    assertThat(wrongTax.status()).isEqualTo(400);
    assertThat(messages(wrongTax))
        .anyMatch(m -> m.startsWith("Bad value: order_lines[0].total_tax_amount"));
  }

  /** total_amount must be quantity × unit_price − total_discount_amount, line by line. */
  @Test
  void rejectsALineWhoseTotalIsNotQuantityTimesPriceLessDiscount() {
    // 3 × 7850 = 23550; a 550 discount makes it 23000, so 23550 no longer adds up.
    Http.Answer answer =
        MerchantCalls.kpSession(
            Payloads.kpSession()
                .replace(
                    "\"total_amount\":23550,",
                    "\"total_amount\":23550,\"total_discount_amount\":550,"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(messages(answer))
        .anyMatch(
            m ->
                m.startsWith(
                    "Bad value: order_lines[1].total_amount (quantity × unit_price −"
                        + " total_discount_amount = 23000)"));

    // The same line with its discount taken off the total (and the order) is accepted.
    Http.Answer discounted =
        MerchantCalls.kpSession(
            Payloads.kpSession()
                .replace("\"order_amount\":123450", "\"order_amount\":122900")
                .replace("\"order_tax_amount\":24690", "\"order_tax_amount\":24580")
                .replace(
                    "\"total_amount\":23550,\"total_tax_amount\":4710",
                    "\"total_amount\":23000,\"total_discount_amount\":550,\"total_tax_amount\":4600"));
    assertThat(discounted.status()).as(discounted.body()).isEqualTo(200);
  }

  /** Gift cards and store credit reduce the total like a discount, as the gateway treats them. */
  @Test
  void giftCardAndStoreCreditLinesReduceTheTotal() {
    for (String type : List.of("gift_card", "store_credit")) {
      String reduced =
          Payloads.kpSession()
              .replace("\"order_amount\":123450", "\"order_amount\":113450")
              .replace("\"order_tax_amount\":24690", "\"order_tax_amount\":22690")
              .replace(
                  "\"total_tax_amount\":4710}]",
                  "\"total_tax_amount\":4710},{\"type\":\""
                      + type
                      + "\",\"name\":\"Card\",\"quantity\":1,\"unit_price\":-10000,"
                      + "\"tax_rate\":2500,\"total_amount\":-10000,\"total_tax_amount\":-2000}]");
      Http.Answer accepted = MerchantCalls.kpSession(reduced);
      assertThat(accepted.status()).as(type + ": " + accepted.body()).isEqualTo(200);

      String positive =
          Payloads.kpSession()
              .replace(
                  "\"total_tax_amount\":4710}]",
                  "\"total_tax_amount\":4710},{\"type\":\""
                      + type
                      + "\",\"name\":\"Card\",\"quantity\":1,\"unit_price\":10000,"
                      + "\"tax_rate\":2500,\"total_amount\":10000,\"total_tax_amount\":2000}]");
      Http.Answer refused = MerchantCalls.kpSession(positive);
      assertThat(refused.status()).as(type).isEqualTo(400);
      assertThat(messages(refused))
          .as(type)
          .anyMatch(m -> m.startsWith("Bad value: order_lines[2].unit_price (not positive"));
    }
  }

  /** Values near Long.MAX_VALUE are bad values, never a crash or a wrapped sum. */
  @Test
  void hugeLineAmountsAreBadValuesNotOverflows() {
    Http.Answer answer =
        MerchantCalls.kpSession(
            Payloads.kpSession()
                .replace(
                    "\"quantity\":3,\"unit_price\":7850",
                    "\"quantity\":3,\"unit_price\":-9223372036854775808"));
    assertThat(answer.status()).isEqualTo(400);
    assertThat(messages(answer))
        .anyMatch(m -> m.startsWith("Bad value: order_lines[1].unit_price"));

    Http.Answer total =
        MerchantCalls.kpSession(
            Payloads.kpSession().replace("\"total_amount\":23550,", "\"total_amount\":200000001,"));
    assertThat(total.status()).isEqualTo(400);
    assertThat(messages(total))
        .anyMatch(m -> m.startsWith("Bad value: order_lines[1].total_amount (at most 200000000)"));
  }

  @Test
  void rejectsLinesThatDoNotAddUpToTheOrderAmount() {
    Http.Answer answer =
        MerchantCalls.kpSession(
            Payloads.kpSession().replace("\"order_amount\":123450", "\"order_amount\":123451"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(messages(answer)).anyMatch(m -> m.startsWith("Bad value: order_amount"));
  }

  @Test
  void validatesTheHppCreateBodyAsTheProviderDoes() {
    String kp = createKpSession();

    assertThat(messages(createHpp("no-such-session", "{}")))
        .anyMatch(m -> m.startsWith("Bad value: payment_session_url"));
    assertThat(
            messages(
                createHpp(kp, "{\"cancel\":\"https://shop.example/c?t={{authorization_token}}\"}")))
        .anyMatch(m -> m.contains("only allowed in the success URL"));
    assertThat(messages(createHpp(kp, "{\"success\":\"https://shop.example/s?o={{order_id}}\"}")))
        .anyMatch(m -> m.contains("{{order_id}} needs"));
    assertThat(messages(createHpp(kp, "{\"success\":\"not a url\"}")))
        .anyMatch(m -> m.contains("merchant_urls.success"));
    Http.Answer both =
        Http.postJson(
            klarna + "/hpp/v1/sessions",
            """
                {"payment_session_url":"%s/payments/v1/sessions/%s",
                 "options":{"payment_method_category":"PAY_LATER","payment_method_categories":["PAY_NOW"]}}"""
                .formatted(klarna, kp),
            "Authorization",
            Http.BASIC);
    assertThat(both.status()).isEqualTo(400);
    assertThat(messages(both)).anyMatch(m -> m.contains("exclude each other"));

    Http.Answer placeOrder =
        Http.postJson(
            klarna + "/hpp/v1/sessions",
            """
                {"payment_session_url":"%s/payments/v1/sessions/%s",
                 "merchant_urls":{"success":"https://shop.example/s?o={{order_id}}&sid={{session_id}}"},
                 "options":{"place_order_mode":"PLACE_ORDER"}}"""
                .formatted(klarna, kp),
            "Authorization",
            Http.BASIC);
    assertThat(placeOrder.status()).isEqualTo(201);
  }

  @Test
  void createsReadsDistributesAndDisablesAnHppSession() {
    Http.Answer created =
        createHpp(
            createKpSession(),
            "{\"status_update\":\"" + merchant.url("/status?hpp={{session_id}}") + "\"}");

    assertThat(created.status()).isEqualTo(201);
    for (String field :
        List.of(
            "session_id",
            "session_url",
            "redirect_url",
            "qr_code_url",
            "distribution_url",
            "expires_at")) {
      assertThat(created.text(field)).as(field).isNotBlank();
    }
    assertThat(created.json().get("distribution_module").get("token").getStringValue())
        .isNotBlank();
    assertThat(created.json().get("manual_identification_check_url")).isNull();
    String sessionUrl = created.text("session_url");

    Http.Answer read = Http.get(sessionUrl, "Authorization", Http.BASIC);
    assertThat(read.text("status")).isEqualTo("WAITING");
    assertThat(read.text("expires_at")).isEqualTo(created.text("expires_at"));

    String distributionUrl = created.text("distribution_url");
    assertThat(
            Http.postJson(
                    distributionUrl,
                    "{\"method\":\"email\",\"contact_information\":{\"email\":\"a@b.se\"}}",
                    "Authorization",
                    Http.BASIC)
                .status())
        .isEqualTo(201);
    Http.Answer badSms =
        Http.postJson(
            distributionUrl,
            "{\"method\":\"sms\",\"contact_information\":{}}",
            "Authorization",
            Http.BASIC);
    assertThat(badSms.status()).isEqualTo(400);
    assertThat(messages(badSms)).contains("Missing field: contact_information.phone");

    assertThat(Http.delete(sessionUrl, "Authorization", Http.BASIC).status()).isEqualTo(204);
    assertThat(Http.get(sessionUrl, "Authorization", Http.BASIC).text("status"))
        .isEqualTo("DISABLED");
    assertThat(
            Http.postJson(
                    distributionUrl,
                    "{\"method\":\"email\",\"contact_information\":{\"email\":\"a@b.se\"}}",
                    "Authorization",
                    Http.BASIC)
                .status())
        .isEqualTo(400);
    List<CallbackReceiver.Received> callbacks =
        merchant.await(r -> r.body().contains("DISABLED"), 1);
    assertThat(callbacks.get(0).uri()).isEqualTo("/status?hpp=" + created.text("session_id"));
  }

  @Test
  void payingMintsAnAuthorizationTokenThatPlacesOneOrderPerIdempotencyKey() {
    String kp = createKpSession();
    Http.Answer created =
        createHpp(
            kp,
            """
                {"success":"https://shop.example/ok?sid={{session_id}}&token={{authorization_token}}",
                 "status_update":"%s"}"""
                .formatted(merchant.url("/status")));
    String redirectUrl = created.text("redirect_url");

    Http.Answer page = Http.get(redirectUrl);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("1,234.50 SEK", "Running shoes", "Sport socks", "id=\"pay\"");
    assertThat(Http.get(created.text("session_url"), "Authorization", Http.BASIC).text("status"))
        .isEqualTo("IN_PROGRESS");

    Http.Answer paid = Http.postForm(redirectUrl + "/pay", Map.of());
    assertThat(paid.status()).isEqualTo(303);
    Http.Answer session = Http.get(created.text("session_url"), "Authorization", Http.BASIC);
    String token = session.text("authorization_token");
    assertThat(session.text("status")).isEqualTo("COMPLETED");
    assertThat(paid.header("Location"))
        .isEqualTo("https://shop.example/ok?sid=" + created.text("session_id") + "&token=" + token);
    assertThat(
            Http.get(klarna + "/payments/v1/sessions/" + kp, "Authorization", Http.BASIC)
                .text("status"))
        .isEqualTo("complete");
    assertThat(Http.delete(created.text("session_url"), "Authorization", Http.BASIC).status())
        .isEqualTo(400);

    List<CallbackReceiver.Received> callbacks =
        merchant.await(r -> r.body().contains("\"COMPLETED\""), 1);
    assertThat(callbacks.get(0).body())
        .contains("\"event_id\"", "\"authorization_token\":\"" + token + "\"");

    String orderUrl = klarna + "/payments/v1/authorizations/" + token + "/order";
    Http.Answer first =
        Http.postJson(
            orderUrl,
            Payloads.kpSession(),
            "Authorization",
            Http.BASIC,
            "Klarna-Idempotency-Key",
            "k-1");
    Http.Answer again =
        Http.postJson(
            orderUrl,
            Payloads.kpSession(),
            "Authorization",
            Http.BASIC,
            "Klarna-Idempotency-Key",
            "k-1");
    Http.Answer otherKey =
        Http.postJson(
            orderUrl,
            Payloads.kpSession(),
            "Authorization",
            Http.BASIC,
            "Klarna-Idempotency-Key",
            "k-2");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.text("fraud_status")).isEqualTo("ACCEPTED");
    assertThat(first.text("redirect_url")).startsWith("http");
    assertThat(again.text("order_id")).isEqualTo(first.text("order_id"));
    assertThat(otherKey.status()).isEqualTo(400);
    assertThat(
            Http.postJson(
                    klarna + "/payments/v1/authorizations/unknown/order",
                    Payloads.kpSession(),
                    "Authorization",
                    Http.BASIC)
                .status())
        .isEqualTo(404);
  }

  @Test
  void placeOrderModeHandsOutTheOrderIdInsteadOfAToken() {
    Http.Answer created =
        Http.postJson(
            klarna + "/hpp/v1/sessions",
            """
                {"payment_session_url":"%s/payments/v1/sessions/%s",
                 "merchant_urls":{"success":"https://shop.example/ok?order={{order_id}}"},
                 "options":{"place_order_mode":"CAPTURE_ORDER"}}"""
                .formatted(klarna, createKpSession()),
            "Authorization",
            Http.BASIC);

    Http.Answer paid = Http.postForm(created.text("redirect_url") + "/pay", Map.of());

    Http.Answer session = Http.get(created.text("session_url"), "Authorization", Http.BASIC);
    assertThat(session.text("order_id")).isNotBlank();
    assertThat(session.text("klarna_reference")).isNotBlank();
    assertThat(session.text("authorization_token")).isNull();
    assertThat(paid.header("Location"))
        .isEqualTo("https://shop.example/ok?order=" + session.text("order_id"));
  }

  @Test
  void errorFallsBackToTheFailureUrlAndMissingUrlsToTheGenericPage() {
    Http.Answer withFailure =
        createHpp(
            createKpSession(), "{\"failure\":\"https://shop.example/failed?sid={{session_id}}\"}");
    Http.Answer error = Http.postForm(withFailure.text("redirect_url") + "/error", Map.of());
    assertThat(error.header("Location"))
        .isEqualTo("https://shop.example/failed?sid=" + withFailure.text("session_id"));
    assertThat(
            Http.get(withFailure.text("session_url"), "Authorization", Http.BASIC).text("status"))
        .isEqualTo("ERROR");

    Http.Answer noUrls = createHpp(createKpSession(), "{}");
    Http.Answer cancelled = Http.postForm(noUrls.text("redirect_url") + "/cancel", Map.of());
    assertThat(cancelled.status()).isEqualTo(303);
    Http.Answer generic = Http.get(cancelled.header("Location"));
    assertThat(generic.body()).contains("Payment cancelled");
    Http.Answer twice = Http.postForm(noUrls.text("redirect_url") + "/pay", Map.of());
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void backAndDeclineCanBeRetriedUntilTheShopperPays() {
    Http.Answer created =
        createHpp(
            createKpSession(),
            """
                {"back":"https://shop.example/back","failure":"https://shop.example/fail","success":"https://shop.example/ok"}""");
    String page = created.text("redirect_url");

    assertThat(Http.postForm(page + "/back", Map.of()).header("Location"))
        .isEqualTo("https://shop.example/back");
    assertThat(Http.get(created.text("session_url"), "Authorization", Http.BASIC).text("status"))
        .isEqualTo("BACK");
    Http.get(page);
    assertThat(Http.postForm(page + "/decline", Map.of()).header("Location"))
        .isEqualTo("https://shop.example/fail");
    assertThat(Http.get(created.text("session_url"), "Authorization", Http.BASIC).text("status"))
        .isEqualTo("FAILED");
    assertThat(Http.postForm(page + "/pay", Map.of()).header("Location"))
        .isEqualTo("https://shop.example/ok");
  }

  @Test
  void sessionsExpireAnHourBeforeTheirPaymentSession() {
    Http.Answer created = createHpp(createKpSession(), "{}");
    String base = SharedSandbox.get().baseUrl();

    Http.postJson(base + "/sandbox/admin/clock/advance", "{\"seconds\":" + (47 * 3600) + "}");

    assertThat(Http.get(created.text("session_url"), "Authorization", Http.BASIC).status())
        .isEqualTo(404);
    Http.Answer page = Http.get(created.text("redirect_url"));
    assertThat(page.status()).isEqualTo(410);
    assertThat(page.body()).contains("expired");
    assertThat(Http.delete(created.text("session_url"), "Authorization", Http.BASIC).status())
        .isEqualTo(404);
  }

  @Test
  void qrCodeIsAPngOfTheRedirectUrl() throws Exception {
    Http.Answer created = createHpp(createKpSession(), "{}");

    Http.Answer qr = Http.get(created.text("qr_code_url"));

    assertThat(qr.status()).isEqualTo(200);
    assertThat(qr.header("Content-Type")).startsWith("image/png");
    var image = ImageIO.read(new ByteArrayInputStream(qr.bytes()));
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(created.text("redirect_url"));
    assertThat(URI.create(created.text("redirect_url")).getPath())
        .startsWith("/sandbox/klarna/pay/");
  }

  static List<String> messages(Http.Answer answer) {
    List<String> messages = new ArrayList<>();
    JsonNode node = answer.json().get("error_messages");
    if (node != null) {
      node.values().forEach(m -> messages.add(m.getStringValue()));
    }
    return messages;
  }
}
