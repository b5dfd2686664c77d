package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.sandbox.fixtures.CallbackReceiver;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

  private static SandboxServer sandbox;
  private final CallbackReceiver merchant = new CallbackReceiver();

  @BeforeAll
  static void start() {
    sandbox = SharedSandbox.get();
  }

  @AfterEach
  void reset() {
    merchant.close();
    assertThat(Http.delete(sandbox.baseUrl() + "/sandbox/admin/faults").status()).isEqualTo(204);
  }

  private void faults(String provider, String json) {
    Http.Answer set = Http.putJson(sandbox.baseUrl() + "/sandbox/admin/faults/" + provider, json);
    assertThat(set.status()).isEqualTo(200);
  }

  private static Http.Answer createKpSession() {
    return MerchantCalls.kpSession(Payloads.kpSession());
  }

  @Test
  void serverErrorsInTheProvidersShape() {
    faults("klarna", "{\"errorRate\":1.0,\"errorStatus\":503}");
    Http.Answer klarna = createKpSession();
    assertThat(klarna.status()).isEqualTo(503);
    assertThat(klarna.text("error_code")).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(klarna.text("correlation_id")).isNotBlank();

    faults("optty", "{\"errorRate\":1.0,\"errorStatus\":500}");
    Http.Answer optty = OpttySandboxApiTest.token("c", "merchant");
    assertThat(optty.status()).isEqualTo(500);
    assertThat(optty.text("statusCode")).isEqualTo("500");
    assertThat(optty.text("error")).isEqualTo("Internal Server Error");

    Http.Answer otherProvider =
        Http.postJson(
            sandbox.kustomBaseUrl() + "/checkout/v3/orders", "{}", "Authorization", Http.BASIC);
    assertThat(otherProvider.status()).isEqualTo(400);
  }

  @Test
  void throttlesWithRetryAfter() {
    faults("kustom", "{\"throttleRate\":1.0,\"retryAfterSeconds\":7}");

    Http.Answer answer =
        Http.get(sandbox.kustomBaseUrl() + "/checkout/v3/orders/x", "Authorization", Http.BASIC);

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.header("Retry-After")).isEqualTo("7");
    assertThat(answer.text("error_code")).isEqualTo("TOO_MANY_REQUESTS");
  }

  @Test
  void addsLatency() {
    faults("klarna", "{\"latencyMs\":400}");

    long started = System.nanoTime();
    Http.Answer answer = createKpSession();

    assertThat(answer.status()).isEqualTo(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(400);
  }

  @Test
  void cutsSuccessfulJsonShortAfterTheCallTookEffect() {
    faults("klarna", "{\"malformedRate\":1.0}");

    Http.Answer created = createKpSession();

    assertThat(created.status()).isEqualTo(200);
    assertThatThrownBy(created::json).isInstanceOf(UncheckedIOException.class);
    Http.Answer refused = MerchantCalls.kpSession("{}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("error_code")).isEqualTo("BAD_VALUE");
  }

  @Test
  void shopperPageIsNeverFaulted() {
    Http.Answer created = hppWithStatusCallback();
    faults("klarna", "{\"errorRate\":1.0,\"throttleRate\":1.0,\"malformedRate\":1.0}");

    assertThat(Http.get(created.text("redirect_url")).status()).isEqualTo(200);
  }

  @Test
  void duplicatesCallbacks() {
    Http.Answer created = hppWithStatusCallback();
    faults("klarna", "{\"duplicateCallbackRate\":1.0}");

    Http.get(created.text("redirect_url"));

    List<CallbackReceiver.Received> received =
        merchant.await(r -> r.body().contains("IN_PROGRESS"), 2);
    assertThat(received).hasSize(2);
    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
  }

  @Test
  void dropsCallbacks() {
    Http.Answer created = hppWithStatusCallback();
    openPageUnderKlarnaFaults(created, "{\"dropCallbackRate\":1.0}");

    Http.postForm(created.text("redirect_url") + "/cancel", Map.of());

    merchant.await(r -> r.body().contains("CANCELLED"), 1);
    assertThat(merchant.matching(r -> r.body().contains("IN_PROGRESS"))).isEmpty();
  }

  @Test
  void delayedCallbacksArriveOutOfOrder() {
    Http.Answer created = hppWithStatusCallback();
    openPageUnderKlarnaFaults(created, "{\"delayCallbackRate\":1.0,\"callbackDelayMs\":700}");

    Http.postForm(created.text("redirect_url") + "/pay", Map.of());

    List<CallbackReceiver.Received> received =
        merchant.await(r -> r.uri().startsWith("/status"), 2);
    assertThat(received.get(0).body()).contains("\"COMPLETED\"");
    assertThat(received.get(1).body()).contains("\"IN_PROGRESS\"");
  }

  @Test
  void retriesACallbackTheMerchantRefused() {
    Http.Answer created = hppWithStatusCallback();
    merchant.answerWith(500);

    Http.get(created.text("redirect_url"));

    assertThat(merchant.await(r -> r.body().contains("IN_PROGRESS"), 3)).hasSize(3);
  }

  @Test
  void faultsCanComeFromConfiguration() {
    try (SandboxServer configured =
        SandboxServer.start(
            0,
            Map.of(
                "hpp.sandbox.faults.optty.throttle-rate", "1.0",
                "hpp.sandbox.faults.optty.retry-after-seconds", "3"))) {
      Http.Answer answer =
          Http.postForm(
              configured.opttyAuthUrl() + "/token",
              Map.of(
                  "client_id",
                  "c",
                  "client_secret",
                  "s",
                  "grant_type",
                  "client_credentials",
                  "scope",
                  "merchant"));
      assertThat(answer.status()).isEqualTo(429);
      assertThat(answer.header("Retry-After")).isEqualTo("3");
      assertThat(
              Http.get(configured.baseUrl() + "/sandbox/admin/faults/optty").text("throttleRate"))
          .isEqualTo("1.0");
    }
  }

  /**
   * Opens the shopper page (IN_PROGRESS callback) while Klarna has this fault profile, then clears
   * it.
   */
  private void openPageUnderKlarnaFaults(Http.Answer created, String profile) {
    faults("klarna", profile);
    Http.get(created.text("redirect_url"));
    Http.delete(sandbox.baseUrl() + "/sandbox/admin/faults");
  }

  private Http.Answer hppWithStatusCallback() {
    String kp = createKpSession().text("session_id");
    Http.Answer created =
        MerchantCalls.hpp(
            sandbox.klarnaBaseUrl(),
            "/payments/v1/sessions/" + kp,
            "{\"status_update\":\"" + merchant.url("/status") + "\"}");
    assertThat(created.status()).isEqualTo(201);
    return created;
  }
}
