package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Klarna and Kustom calls the tests set their scenes with, made as a merchant's adapter makes
 * them (HTTP Basic) against the shared sandbox.
 */
final class MerchantCalls {

  private MerchantCalls() {}

  /** POST {klarna}/payments/v1/sessions with this body, whatever the answer. */
  static Http.Answer kpSession(String body) {
    return Http.postJson(
        SharedSandbox.get().klarnaBaseUrl() + "/payments/v1/sessions",
        body,
        "Authorization",
        Http.BASIC);
  }

  /** A new KP payment session for {@link Payloads#kpSession()}; its session_id. */
  static String kpSessionId() {
    Http.Answer created = kpSession(Payloads.kpSession());
    assertThat(created.status()).isEqualTo(200);
    return created.text("session_id");
  }

  /** A new KCO order for {@link Payloads#kcoOrder(String)} with this push URL. */
  static Http.Answer kcoOrder(String pushUrl) {
    Http.Answer order =
        Http.postJson(
            SharedSandbox.get().kustomBaseUrl() + "/checkout/v3/orders",
            Payloads.kcoOrder(pushUrl),
            "Authorization",
            Http.BASIC);
    assertThat(order.status()).isEqualTo(201);
    return order;
  }

  /**
   * POST {base}/hpp/v1/sessions for the KP payment session or KCO order at {base}{paymentPath},
   * whatever the answer.
   */
  static Http.Answer hpp(String base, String paymentPath, String merchantUrlsJson) {
    return Http.postJson(
        base + "/hpp/v1/sessions",
        Payloads.hpp(base + paymentPath, merchantUrlsJson),
        "Authorization",
        Http.BASIC);
  }
}
