package dev.hppgateway.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackUrlTest {
  private static final ProviderId KP = ProviderId.of("klarna-kp");

  @Test
  void perPageUrlIsBuiltUnderThePublicBaseUrlAndReadBack() {
    CallbackUrl url = CallbackUrl.forPage(KP, HppSessionId.of("hpp_1"), "s3cret");
    assertThat(url.on("https://gw.example/"))
        .isEqualTo("https://gw.example/callbacks/klarna-kp/hpp_1/s3cret");
    CallbackUrl read = CallbackUrl.parse("/callbacks/klarna-kp/hpp_1/s3cret", null).orElseThrow();
    assertThat(read).isEqualTo(url);
    assertThat(read.kind()).isEqualTo(CallbackUrl.Kind.PAGE);
    assertThat(read.page()).contains(HppSessionId.of("hpp_1"));
    assertThat(read.merchant()).isEmpty();
    assertThat(read.secret()).isEqualTo("s3cret");
    assertThat(read.rest()).isEmpty();
  }

  @Test
  void perMerchantAndAccountUrlsRoundTrip() {
    CallbackUrl merchant = CallbackUrl.forMerchant(KP, MerchantId.of("shop-1"), "m-secret");
    CallbackUrl account = CallbackUrl.forAccount(ProviderId.of("optty-direct"), "p-secret");
    for (CallbackUrl url : List.of(merchant, account)) {
      CallbackUrl read = CallbackUrl.parse(url.path(), null).orElseThrow();
      assertThat(read).isEqualTo(url);
      assertThat(read.kind()).isEqualTo(url.kind());
      assertThat(read.secret()).isEqualTo(url.secret());
    }
    assertThat(merchant.path()).isEqualTo("/callbacks/klarna-kp/m/shop-1/m-secret");
    assertThat(account.path()).isEqualTo("/callbacks/optty-direct/p/p-secret");
    assertThat(CallbackUrl.parse(merchant.path(), null).orElseThrow().merchant())
        .contains(MerchantId.of("shop-1"));
  }

  @Test
  void whatFollowsTheSecretWithTheQueryIsTheAdaptersRest() {
    CallbackUrl read =
        CallbackUrl.parse("/callbacks/kustom-kco/hpp_2/abc/push", "order_id=o-1").orElseThrow();
    assertThat(read.rest()).isEqualTo("/push?order_id=o-1");
    assertThat(read.secret()).isEqualTo("abc");
  }

  @Test
  void aBaseUrlsOwnPathBeforeTheCallbacksIsSkipped() {
    CallbackUrl url = CallbackUrl.forPage(KP, HppSessionId.of("hpp_3"), "x");
    String absolute = url.on("https://shop.example/payments/gw");
    assertThat(absolute).isEqualTo("https://shop.example/payments/gw/callbacks/klarna-kp/hpp_3/x");
    assertThat(CallbackUrl.parse("/payments/gw/callbacks/klarna-kp/hpp_3/x", null)).contains(url);
  }

  @Test
  void pathsThatAreNotCallbackUrlsAreRefused() {
    assertThat(CallbackUrl.parse("/v1/hpp-sessions", null)).isEmpty();
    assertThat(CallbackUrl.parse("/callbacks/klarna-kp/hpp_1", null)).as("no secret").isEmpty();
    assertThat(CallbackUrl.parse("/callbacks/klarna-kp/hpp_1/", null)).as("empty secret").isEmpty();
    assertThat(CallbackUrl.parse("/callbacks/klarna-kp/m/shop-1", null))
        .as("merchant without secret")
        .isEmpty();
    assertThat(CallbackUrl.parse("/callbacks/Not A Provider/hpp_1/x", null))
        .as("bad provider id")
        .isEmpty();
    assertThat(CallbackUrl.parse(null, null)).isEmpty();
  }

  @Test
  void theSecretNeverAppearsInToString() {
    CallbackUrl url = CallbackUrl.forPage(KP, HppSessionId.of("hpp_1"), "very-secret-value");
    assertThat(url.toString()).doesNotContain("very-secret-value").contains("hpp_1");
    ReceivedCallback received =
        new ReceivedCallback(
            url.path(), "token=tok-secret", null, "{\"authorization_token\":\"t\"}");
    assertThat(received.toString())
        .doesNotContain("very-secret-value")
        .doesNotContain("tok-secret")
        .doesNotContain("authorization_token");
  }
}
