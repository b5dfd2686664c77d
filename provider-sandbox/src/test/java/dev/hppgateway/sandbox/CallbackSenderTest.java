package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackSenderTest {

  @Test
  void logsNameTheReceiverButNotTheSecretInItsUrl() {
    assertThat(CallbackSender.origin("http://127.0.0.1:8080/callbacks/klarna-kp/hpp_1/s3cr3t?x=1"))
        .isEqualTo("http://127.0.0.1:8080/…")
        .doesNotContain("s3cr3t");
    assertThat(CallbackSender.origin("https://gw.example/callbacks/optty-direct/p/s3cr3t"))
        .isEqualTo("https://gw.example/…");
  }
}
