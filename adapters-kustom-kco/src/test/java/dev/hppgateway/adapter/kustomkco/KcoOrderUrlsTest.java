package dev.hppgateway.adapter.kustomkco;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KcoOrderUrlsTest {

  @Test
  void pushGoesUnderTheCallbackPathAndKeepsItsQuery() {
    assertThat(KcoOrderUrls.push("https://gw.example/callbacks/kustom-kco/s1/sec"))
        .isEqualTo(
            "https://gw.example/callbacks/kustom-kco/s1/sec/push?order_id={checkout.order.id}");
    assertThat(KcoOrderUrls.push("https://gw.example/cb/?x=1"))
        .isEqualTo("https://gw.example/cb/push?order_id={checkout.order.id}&x=1");
  }

  @Test
  void pushIdsAreDecodedAndOtherPathsAreNotPushes() {
    assertThat(PushCallback.orderId("/push/?x=1&order_id=a%2Fb")).contains("a/b");
    assertThat(PushCallback.orderId("")).isEmpty();
    assertThat(PushCallback.orderId("/status")).isEmpty();
  }
}
