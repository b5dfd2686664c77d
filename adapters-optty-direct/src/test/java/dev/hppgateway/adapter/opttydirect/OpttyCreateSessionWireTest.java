package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.hppgateway.adapter.opttydirect.OpttyStubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.Shopper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /custom/hpp}: the exact CustomHppDto, major-unit decimals, and the answer's mapping.
 */
class OpttyCreateSessionWireTest extends OpttyWireTest {

  private static final String CREATED =
      "{\"message\":\"Get Paid link created successfully.\","
          + "\"link\":\"https://pay.qa.optty.com/l/abc\",\"id\":\"link-abc\",\"QRCodeImgUrl\":\"https://qr.optty.com/abc.png\"}";

  @BeforeEach
  void stubOptty() {
    OpttyStubs.tokens(wm);
    wm.stubFor(post(urlEqualTo("/custom/hpp")).willReturn(json(200, CREATED)));
  }

  @Test
  void sendsTheExactCustomHppDtoWithAMerchantScopeToken() {
    provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_sek1")));

    wm.verify(
        postRequestedFor(urlEqualTo("/custom/hpp"))
            .withHeader("Authorization", equalTo("Bearer tok-merchant-1"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    """
            {
              "email": "shopper@example.com",
              "phoneNumber": "+46701234567",
              "price": 249.00,
              "subTotal": 199.20,
              "taxAmount": 49.80,
              "currency": "SEK",
              "description": "order-42",
              "invoiceNumber": "hpp_sek1",
              "referenceName": "order-42",
              "dueDate": "2026-11-25T11:00:00Z",
              "enableTipping": false,
              "items": [
                {"itemName": "Running shoes", "quantity": 2, "price": 100.00},
                {"itemName": "Shipping", "quantity": 1, "price": 49.00}
              ],
              "hideTax": false,
              "emailCustomer": false
            }""")));
    assertThat(body())
        .contains(
            "\"price\":249.00,",
            "\"subTotal\":199.20,",
            "\"taxAmount\":49.80,",
            "\"price\":100.00}",
            "\"price\":49.00}");
  }

  @Test
  void jpyAmountsHaveNoDecimals() {
    provider.createPage(PageRequest.of(OpttyDrafts.jpy("hpp_jpy1")));

    assertThat(body())
        .contains(
            "\"price\":1050,",
            "\"subTotal\":955,",
            "\"taxAmount\":95,",
            "\"currency\":\"JPY\"",
            "{\"itemName\":\"Green tea\",\"sku\":\"TEA-1\",\"quantity\":1,\"price\":1050}");
  }

  @Test
  void kwdAmountsHaveThreeDecimals() {
    provider.createPage(PageRequest.of(OpttyDrafts.kwd("hpp_kwd1")));

    assertThat(body())
        .contains(
            "\"price\":1.050,",
            "\"subTotal\":1.050,",
            "\"taxAmount\":0.000,",
            "{\"itemName\":\"Dates\",\"sku\":\"DATES\",\"quantity\":2,\"price\":0.500}",
            "{\"itemName\":\"Bag\",\"quantity\":1,\"price\":0.050}");
  }

  @Test
  void itemsCanBeSentAsJsonStrings() {
    reconfigure(
        OpttyStubs.config(wm.baseUrl())
            .withItemEncoding(OpttyDirectConfig.ItemEncoding.JSON_STRINGS));

    provider.createPage(PageRequest.of(OpttyDrafts.jpy("hpp_jpy2")));

    assertThat(body())
        .contains(
            "\"items\":[\"{\\\"itemName\\\":\\\"Green tea\\\",\\\"sku\\\":\\\"TEA-1\\\",\\\"quantity\\\":1,\\\"price\\\":1050}\"]");
  }

  @Test
  void accountCodeAndPageTitleAreSentWhenSet() {
    reconfigure(OpttyStubs.config(wm.baseUrl()).withAccountCode("ACC-7"));
    PageOptions titled = PageOptions.of(java.util.Map.of("page_title", "Winter sale"));

    provider.createPage(
        PageRequest.of(
            OpttyDrafts.draft("hpp_t1", TestHppSessions.order(), OpttyDrafts.SHOPPER, titled)));

    wm.verify(
        postRequestedFor(urlEqualTo("/custom/hpp"))
            .withRequestBody(
                equalToJson(
                    "{\"accountCode\":\"ACC-7\",\"description\":\"Winter sale\",\"referenceName\":\"order-42\"}",
                    true,
                    true)));
  }

  @Test
  void accountCodeIsLeftOutWhenNotConfigured() {
    provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_sek2")));

    assertThat(body()).doesNotContain("accountCode");
  }

  @Test
  void answerBecomesRefsLinksAndExpiry() {
    HppSessionDraft draft = OpttyDrafts.sek("hpp_sek3");

    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));

    assertThat(created.refs().hppSessionId()).isEqualTo("link-abc");
    assertThat(created.refs().paymentRef()).isEqualTo("hpp_sek3");
    assertThat(created.links().redirectUrl()).isEqualTo("https://pay.qa.optty.com/l/abc");
    assertThat(created.links().qrCodeUrl()).isEqualTo("https://qr.optty.com/abc.png");
    assertThat(created.links().distributionUrl()).isNull();
    assertThat(created.expiresAt()).isEqualTo(OpttyDrafts.DUE);
  }

  @Test
  void any2xxIsAcceptedAndAMissingQrCodeIsNoLink() {
    wm.stubFor(
        post(urlEqualTo("/custom/hpp"))
            .willReturn(
                json(
                    201,
                    "{\"link\":\"https://pay.qa.optty.com/l/x\",\"id\":\"link-x\",\"extra\":{\"a\":1}}")));

    CreatedProviderSession created =
        provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_sek4")));

    assertThat(created.refs().hppSessionId()).isEqualTo("link-x");
    assertThat(created.links().qrCodeUrl()).isNull();
  }

  @Test
  void answerWithoutIdOrLinkIsMalformed() {
    wm.stubFor(
        post(urlEqualTo("/custom/hpp"))
            .willReturn(json(200, "{\"message\":\"ok\",\"id\":\"link-y\"}")));

    assertThatThrownBy(() -> provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_sek5"))))
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("no id or link");
  }

  @Test
  void missingEmailIsAFieldErrorBeforeAnyCall() {
    HppSessionDraft draft =
        OpttyDrafts.draft(
            "hpp_ne",
            TestHppSessions.order(),
            new Shopper(null, "+46701234567", "SE"),
            PageOptions.none());

    assertThatThrownBy(() -> provider.createPage(PageRequest.of(draft)))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("shopper.email"));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void missingPhoneIsAFieldErrorBeforeAnyCall() {
    HppSessionDraft draft =
        OpttyDrafts.draft(
            "hpp_np",
            TestHppSessions.order(),
            new Shopper("shopper@example.com", null, null),
            PageOptions.none());

    assertThatThrownBy(() -> provider.createPage(PageRequest.of(draft)))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("shopper.phone"));
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  /** The raw body as sent: equalToJson compares numbers by value, this checks their digits. */
  private static String body() {
    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests =
        wm.findAll(postRequestedFor(urlEqualTo("/custom/hpp")));
    assertThat(requests).hasSize(1);
    return requests.get(0).getBodyAsString();
  }
}
