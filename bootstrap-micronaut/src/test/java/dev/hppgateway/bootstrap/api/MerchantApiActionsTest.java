package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The merchant API's actions on a page over real HTTP (disable, distribution, cancel, refund) with
 * the in-process sandbox as providers: a shopper pays a page by pressing the sandbox page's Pay
 * button. Merchant B's actions on A's pages are 404s that change nothing.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantApiActionsTest implements TestPropertyProvider {
  private static final String KEY = BootstrapMerchant.SANDBOX_DEMO_KEY;
  private static final String OTHER_KEY = ApiKeys.generate();
  private final int port = MerchantApiClient.freePort();
  private final MerchantApiClient api = new MerchantApiClient(port);

  @Inject MerchantRepository merchants;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(database());
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("hpp.public-base-url", "http://127.0.0.1:" + port);
    properties.put("hpp.sandbox.enabled", "true");
    return properties;
  }

  /** The datasource settings: a private in-memory H2 here; PostgreSQL in the subclass. */
  Map<String, String> database() {
    return TestDatabases.h2("merchant-api-actions");
  }

  @BeforeAll
  void otherMerchant() {
    merchants.save(
        new Merchant(
            MerchantId.of("other-merchant"), "Other", ApiKeys.hash(OTHER_KEY), null, null, null));
  }

  static String opttyBody(String reference) {
    return """
        {"provider":"optty-direct","merchant_reference":"%s","purchase_country":"SE",
         "currency":"SEK","locale":"sv-SE","amount":10000,"tax_amount":2000,
         "order_lines":[{"type":"physical","name":"T-shirt","quantity":1,"unit_price":10000,
           "tax_rate":2500,"total_amount":10000,"total_tax_amount":2000}],
         "customer":{"email":"ann@example.com","phone":"+46701234567","phone_country":"SE"}}
        """
        .formatted(reference);
  }

  @Test
  void disablesAKlarnaPage() throws Exception {
    String page = api.create(KEY, MerchantApiTest.kpBody("order-disable", 10000));

    HttpResponse<String> other = post(OTHER_KEY, page + "/disable", null);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).contains("\"status\":404").doesNotContain("order-disable");
    assertThat(get(KEY, page).body()).contains("\"status\":\"WAITING\"");

    HttpResponse<String> disabled = post(KEY, page + "/disable", null);
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.body()).contains("\"status\":\"DISABLED\"");
    assertThat(get(KEY, page).body()).contains("\"status\":\"DISABLED\"");
    assertThat(post(KEY, "/v1/hpp-sessions/hpp_unknown/disable", null).statusCode()).isEqualTo(404);
  }

  @Test
  void disablingAPaidPageIs409AndOpttyCannotDisable() throws Exception {
    String paid = api.createAndPay(KEY, MerchantApiTest.kpBody("order-disable-paid", 10000));
    HttpResponse<String> conflict = post(KEY, paid + "/disable", null);
    assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
    MerchantApiClient.assertProblem(conflict, 409);
    assertThat(get(KEY, paid).body()).contains("\"status\":\"COMPLETED\"");

    String optty = api.create(KEY, opttyBody("order-disable-optty"));
    HttpResponse<String> unsupported = post(KEY, optty + "/disable", null);
    assertThat(unsupported.statusCode()).as(unsupported.body()).isEqualTo(422);
    MerchantApiClient.assertProblem(unsupported, 422);
  }

  @Test
  void distributesAKlarnaPageByEmailAndSms() throws Exception {
    String page = api.create(KEY, MerchantApiTest.kpBody("order-distribute", 10000));
    String email = "{\"method\":\"email\",\"contact\":{\"email\":\"ann@example.com\"}}";
    String sms =
        "{\"method\":\"sms\",\"contact\":{\"phone\":\"+46701234567\",\"phone_country\":\"SE\"}}";

    HttpResponse<String> other = post(OTHER_KEY, page + "/distribution", email);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("order-distribute");

    HttpResponse<String> byEmail = post(KEY, page + "/distribution", email);
    assertThat(byEmail.statusCode()).as(byEmail.body()).isEqualTo(204);
    HttpResponse<String> bySms = post(KEY, page + "/distribution", sms);
    assertThat(bySms.statusCode()).as(bySms.body()).isEqualTo(204);
  }

  @Test
  void anUnknownDistributionMethodIs400AndOpttyCannotDistribute() throws Exception {
    String page = api.create(KEY, MerchantApiTest.kpBody("order-distribute-bad", 10000));
    HttpResponse<String> unknown =
        post(
            KEY,
            page + "/distribution",
            "{\"method\":\"pigeon\",\"contact\":{\"email\":\"ann@example.com\"}}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    MerchantApiClient.assertProblem(unknown, 400);
    assertThat(unknown.body()).contains("\"field\":\"method\"");

    HttpResponse<String> noPhone =
        post(
            KEY,
            page + "/distribution",
            "{\"method\":\"sms\",\"contact\":{\"email\":\"ann@example.com\"}}");
    assertThat(noPhone.statusCode()).isEqualTo(400);
    assertThat(noPhone.body()).contains("\"field\":\"contact.phone\"");

    String optty = api.create(KEY, opttyBody("order-distribute-optty"));
    HttpResponse<String> unsupported =
        post(
            KEY,
            optty + "/distribution",
            "{\"method\":\"email\",\"contact\":{\"email\":\"ann@example.com\"}}");
    assertThat(unsupported.statusCode()).as(unsupported.body()).isEqualTo(422);
    MerchantApiClient.assertProblem(unsupported, 422);
  }

  @Test
  void cancelsAnOpttyPage() throws Exception {
    String page = api.create(KEY, opttyBody("order-cancel"));

    HttpResponse<String> other = post(OTHER_KEY, page + "/cancel", null);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("order-cancel");
    assertThat(get(KEY, page).body()).contains("\"status\":\"WAITING\"");

    HttpResponse<String> cancelled =
        post(KEY, page + "/cancel", "{\"reason\":\"the shopper changed their mind\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.body()).contains("\"id\":\"" + id(page) + "\"");
    assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");
    assertThat(get(KEY, page).body()).contains("\"status\":\"CANCELLED\"");
  }

  @Test
  void refundsAPaidOpttyPageAndCancellingItIs409() throws Exception {
    String page = api.createAndPay(KEY, opttyBody("order-refund"));

    HttpResponse<String> conflict = post(KEY, page + "/cancel", null);
    assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
    MerchantApiClient.assertProblem(conflict, 409);

    HttpResponse<String> other = post(OTHER_KEY, page + "/refund", null);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("order-refund");
    assertThat(get(KEY, page).body()).contains("\"status\":\"COMPLETED\"");

    HttpResponse<String> refunded = post(KEY, page + "/refund", null);
    assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
    assertThat(refunded.body())
        .contains("\"id\":\"" + id(page) + "\"")
        .contains("\"status\":\"REFUNDED\"")
        .contains("\"refunded_amount\":10000");
  }

  @Test
  void refundsAPaidOpttyPageInPartsButNeverBeyondItsAmount() throws Exception {
    String page = api.createAndPay(KEY, opttyBody("order-partial"));
    assertThat(get(KEY, page).body()).contains("\"refunded_amount\":0");

    for (String malformed : new String[] {"{\"amount\":", "[500]"}) {
      HttpResponse<String> answer = post(KEY, page + "/refund", malformed);
      assertThat(answer.statusCode()).as(malformed + ": " + answer.body()).isEqualTo(400);
      MerchantApiClient.assertProblem(answer, 400);
    }
    String[][] fieldErrors = {
      // JSON's lenient readings of a number must not move money: each is a wrong type.
      {"{\"amount\":\"five\"}", "amount"},
      {"{\"amount\":\"500\"}", "amount"},
      {"{\"amount\":[500]}", "amount"},
      {"{\"amount\":{}}", "amount"},
      {"{\"amount\":5.5}", "amount"},
      {"{\"amount\":500.0}", "amount"},
      {"{\"amount\":1e3}", "amount"},
      {"{\"amount\":true}", "amount"},
      {"{\"amount\":9223372036854775808}", "amount"},
      {"{\"amount\":0}", "amount"},
      {"{\"amount\":-500}", "amount"},
      {"{\"amount\":500,\"currency\":\"EUR\"}", "currency"},
      {"{\"amount\":500,\"currency\":\"sek\"}", "currency"},
      {"{\"currency\":\"EUR\"}", "currency"}
    };
    for (String[] bad : fieldErrors) {
      HttpResponse<String> answer = post(KEY, page + "/refund", bad[0]);
      assertThat(answer.statusCode()).as(bad[0] + ": " + answer.body()).isEqualTo(400);
      MerchantApiClient.assertProblem(answer, 400);
      assertThat(answer.body()).contains("\"field\":\"" + bad[1] + "\"");
    }
    assertThat(get(KEY, page).body())
        .as("nothing refunded by a refused request")
        .contains("\"refunded_amount\":0")
        .contains("\"status\":\"COMPLETED\"");

    HttpResponse<String> partly =
        post(KEY, page + "/refund", "{\"amount\":500,\"currency\":\"SEK\",\"reason\":\"one\"}");
    assertThat(partly.statusCode()).as(partly.body()).isEqualTo(200);
    assertThat(partly.body())
        .contains("\"status\":\"COMPLETED\"")
        .contains("\"refunded_amount\":500");

    HttpResponse<String> over = post(KEY, page + "/refund", "{\"amount\":9501}");
    assertThat(over.statusCode()).as(over.body()).isEqualTo(409);
    MerchantApiClient.assertProblem(over, 409);
    assertThat(over.body())
        .contains(Problems.TYPE_BASE + "refund-exceeds-refundable")
        .contains("\"field\":\"amount\"")
        .contains("exceeds the refundable 9500");
    assertThat(get(KEY, page).body())
        .contains("\"refunded_amount\":500")
        .contains("\"status\":\"COMPLETED\"");

    HttpResponse<String> rest = post(KEY, page + "/refund", "{\"reason\":\"the rest\"}");
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
    assertThat(rest.body())
        .contains("\"status\":\"REFUNDED\"")
        .contains("\"refunded_amount\":10000");

    HttpResponse<String> more = post(KEY, page + "/refund", "{\"amount\":1}");
    assertThat(more.statusCode()).as(more.body()).isEqualTo(409);
    assertThat(more.body()).contains("exceeds the refundable 0");
    HttpResponse<String> again = post(KEY, page + "/refund", null);
    assertThat(again.statusCode()).as("a full refund again changes nothing").isEqualTo(200);
    assertThat(again.body()).contains("\"refunded_amount\":10000");
  }

  @Test
  void aCancelTakesNoAmount() throws Exception {
    String page = api.create(KEY, opttyBody("order-cancel-amount"));
    HttpResponse<String> answer = post(KEY, page + "/cancel", "{\"amount\":500}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"field\":\"amount\"");
    assertThat(get(KEY, page).body()).contains("\"status\":\"WAITING\"");
  }

  @Test
  void klarnaAndKustomCannotCancelOrRefund() throws Exception {
    String kp = api.create(KEY, MerchantApiTest.kpBody("order-kp-cancel", 10000));
    String kco =
        api.create(
            KEY,
            MerchantApiTest.kpBody("order-kco-cancel", 10000).replace("klarna-kp", "kustom-kco"));
    for (String page : new String[] {kp, kco}) {
      for (String action : new String[] {"/cancel", "/refund"}) {
        HttpResponse<String> answer = post(KEY, page + action, "{\"reason\":\"no\"}");
        assertThat(answer.statusCode()).as(page + action + ": " + answer.body()).isEqualTo(422);
        MerchantApiClient.assertProblem(answer, 422);
      }
    }
  }

  @Test
  void aBodyOverOneMegabyteIs413Problem() throws Exception {
    String big =
        MerchantApiTest.kpBody("order-big", 10000)
            .replace("\"order-big\"", "\"" + "x".repeat(1_100_000) + "\"");
    HttpResponse<String> answer = post(KEY, "/v1/hpp-sessions", big);
    assertThat(answer.statusCode()).isEqualTo(413);
    MerchantApiClient.assertProblem(answer, 413);
    assertThat(answer.body()).contains(Problems.TYPE_BASE + "body-too-large");
  }

  private static String id(String location) {
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private HttpResponse<String> post(String apiKey, String path, String body) throws Exception {
    return api.post(apiKey, path, body);
  }

  private HttpResponse<String> get(String apiKey, String path) throws Exception {
    return api.get(apiKey, path);
  }
}
