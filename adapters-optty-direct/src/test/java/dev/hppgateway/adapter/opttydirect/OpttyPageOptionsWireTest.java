package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.hppgateway.adapter.opttydirect.OpttyStubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.PageOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Optty page options beyond {@code page_title}: {@code enable_tipping}, {@code hide_tax},
 * {@code email_customer} and {@code account_code}, each sent as its CustomHppDto field, and refused
 * by name when unknown or of the wrong type.
 */
class OpttyPageOptionsWireTest extends OpttyWireTest {

  @BeforeEach
  void stubOptty() {
    OpttyStubs.tokens(wm);
    wm.stubFor(
        post(urlEqualTo("/custom/hpp"))
            .willReturn(
                json(200, "{\"link\":\"https://pay.qa.optty.com/l/o\",\"id\":\"link-o\"}")));
  }

  @ParameterizedTest(name = "{0} sends {1}")
  @CsvSource({
    "enable_tipping, '{\"enableTipping\":true,\"hideTax\":false,\"emailCustomer\":false}'",
    "hide_tax, '{\"enableTipping\":false,\"hideTax\":true,\"emailCustomer\":false}'",
    "email_customer, '{\"enableTipping\":false,\"hideTax\":false,\"emailCustomer\":true}'"
  })
  void eachFlagIsSentAsItsFieldAndOnlyIt(String option, String expected) {
    create("hpp_flag_" + option.replace('_', '-'), Map.of(option, true));

    wm.verify(
        postRequestedFor(urlEqualTo("/custom/hpp"))
            .withRequestBody(equalToJson(expected, true, true)));
  }

  @Test
  void flagsSetFalseAreSentFalse() {
    create(
        "hpp_flags_off",
        Map.of("enable_tipping", false, "hide_tax", false, "email_customer", false));

    wm.verify(
        postRequestedFor(urlEqualTo("/custom/hpp"))
            .withRequestBody(
                equalToJson(
                    "{\"enableTipping\":false,\"hideTax\":false,\"emailCustomer\":false}",
                    true,
                    true)));
  }

  @Test
  void accountCodeOptionIsSentAndWinsOverTheConfiguredOne() {
    reconfigure(OpttyStubs.config(wm.baseUrl()).withAccountCode("ACC-7"));

    create("hpp_acc_opt", Map.of("account_code", "SHOP-9", "page_title", "Winter sale"));

    wm.verify(
        postRequestedFor(urlEqualTo("/custom/hpp"))
            .withRequestBody(
                equalToJson(
                    "{\"accountCode\":\"SHOP-9\",\"description\":\"Winter sale\"}", true, true)));
  }

  @Test
  void accountCodeOptionIsSentWithoutAConfiguredOne() {
    create("hpp_acc_only", Map.of("account_code", "SHOP-9"));

    wm.verify(
        postRequestedFor(urlEqualTo("/custom/hpp"))
            .withRequestBody(equalToJson("{\"accountCode\":\"SHOP-9\"}", true, true)));
  }

  @Test
  void unknownOrMistypedOptionsAreRefusedByField() {
    record Case(String name, Object value, String reason) {}
    List<Case> cases =
        List.of(
            new Case("tipping", true, "is not supported by provider optty-direct"),
            new Case("enable_tipping", "yes", "must be true or false"),
            new Case("enable_tipping", 1, "must be true or false"),
            new Case("hide_tax", "true", "must be true or false"),
            new Case("email_customer", List.of(true), "must be true or false"),
            new Case("account_code", true, "must be text"),
            new Case("account_code", "  ", "is required and must not be blank"),
            new Case("account_code", "A\u0007B", "must not contain control characters"),
            new Case("account_code", "A\nB", "must not contain control characters"));
    for (Case refused : cases) {
      PageOptions options = PageOptions.of(Map.of("page_title", "ok", refused.name, refused.value));

      assertThatThrownBy(() -> check(options))
          .as(refused.toString())
          .isInstanceOfSatisfying(
              DomainValidationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("options." + refused.name);
                assertThat(e.reason()).isEqualTo(refused.reason);
              });
    }
  }

  @Test
  void anOverlongAccountCodeIsRefused() {
    check(PageOptions.of(Map.of("account_code", "A".repeat(64))));

    assertThatThrownBy(() -> check(PageOptions.of(Map.of("account_code", "A".repeat(65)))))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.account_code");
              assertThat(e.reason()).isEqualTo("must be at most 64 characters");
            });
  }

  @Test
  void everyOptionTogetherPassesTheCheck() {
    check(
        PageOptions.of(
            Map.of(
                "page_title", "Winter sale",
                "enable_tipping", true,
                "hide_tax", true,
                "email_customer", false,
                "account_code", "SHOP-9")));
  }

  private void check(PageOptions options) {
    provider.capabilities().checkOptions(options, provider.id());
  }

  private void create(String id, Map<String, Object> options) {
    PageOptions pageOptions = PageOptions.of(options);
    check(pageOptions);
    provider.createPage(
        PageRequest.of(
            OpttyDrafts.draft(id, TestHppSessions.order(), OpttyDrafts.SHOPPER, pageOptions)));
  }
}
