package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.sandbox.fixtures.CallbackReceiver;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code hpp.sandbox.kustom.refuse-repeated-acknowledge}, KCO order management refuses a
 * second acknowledge as already acknowledged (HTTP 409, error code NOT_ALLOWED): the refusal path
 * the gateway's KCO adapter must take as success.
 */
class KustomAcknowledgeRefusalTest {

  private static SandboxServer sandbox;
  private static CallbackReceiver merchant;

  @BeforeAll
  static void start() {
    merchant = new CallbackReceiver();
    sandbox =
        SandboxServer.start(0, Map.of("hpp.sandbox.kustom.refuse-repeated-acknowledge", true));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    merchant.close();
  }

  @Test
  void aRepeatedAcknowledgeIsRefusedWithStatusAndCode() {
    String kustom = sandbox.kustomBaseUrl();
    Http.Answer order =
        Http.postJson(
            kustom + "/checkout/v3/orders",
            Payloads.kcoOrder(merchant.url("/push?order={checkout.order.id}")),
            "Authorization",
            Http.BASIC);
    assertThat(order.status()).isEqualTo(201);
    String orderId = order.text("order_id");
    Http.Answer page =
        Http.postJson(
            kustom + "/hpp/v1/sessions",
            Payloads.hpp(order.header("Location"), "{}"),
            "Authorization",
            Http.BASIC);
    assertThat(page.status()).as(page.body()).isEqualTo(201);
    Http.postForm(page.text("redirect_url") + "/pay", Map.of());
    String acknowledge = kustom + "/ordermanagement/v1/orders/" + orderId + "/acknowledge";

    assertThat(Http.postJson(acknowledge, "", "Authorization", Http.BASIC).status()).isEqualTo(204);
    Http.Answer repeat = Http.postJson(acknowledge, "", "Authorization", Http.BASIC);

    assertThat(repeat.status()).isEqualTo(409);
    assertThat(repeat.text("error_code")).isEqualTo("NOT_ALLOWED");
    assertThat(repeat.text("correlation_id")).isNotBlank();
  }
}
