package dev.hppgateway.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final String BODY = "{\"id\":\"evt_1\"}";
  private static final Instant T = Instant.ofEpochSecond(1_700_000_000L);
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  // printf '%s' '1700000000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac 'whsec_test'
  private static final String KNOWN_V1 =
      "c89214b5b5da833daed6f0b8c5bb6bd58cea9022bd80ccc78230f3942d632925";
  // printf '%s' '1700000000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac 'whsec_old'
  private static final String KNOWN_OLD_V1 =
      "ef1b1b7e4b312671a75ef2a03e10529f7834a6528a49db77ad6568c8c8017843";

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void signsLikeOpenssl() {
    assertThat(WebhookSignature.sign(BODY, "whsec_test", T))
        .isEqualTo("t=1700000000,v1=" + KNOWN_V1);
  }

  @Test
  void aRotationSignsWithEverySecretInOrder() {
    assertThat(WebhookSignature.sign(BODY, List.of("whsec_test", "whsec_old"), T))
        .isEqualTo("t=1700000000,v1=" + KNOWN_V1 + ",v1=" + KNOWN_OLD_V1);
  }

  @Test
  void verifiesItsOwnSignatureAndTheKnownOne() {
    String header = "t=1700000000,v1=" + KNOWN_V1;
    assertThat(WebhookSignature.verify(BODY, header, "whsec_test", TOLERANCE, at(T))).isTrue();
    assertThat(
            WebhookSignature.verify(BODY, header, "whsec_test", TOLERANCE, at(T.plus(TOLERANCE))))
        .isTrue();
  }

  @Test
  void anyOfSeveralV1MayMatch() {
    String rotated = WebhookSignature.sign(BODY, List.of("whsec_new", "whsec_old"), T);
    assertThat(WebhookSignature.verify(BODY, rotated, "whsec_old", TOLERANCE, at(T))).isTrue();
    assertThat(WebhookSignature.verify(BODY, rotated, "whsec_new", TOLERANCE, at(T))).isTrue();
    assertThat(WebhookSignature.verify(BODY, rotated, "whsec_other", TOLERANCE, at(T))).isFalse();
  }

  @Test
  void rejectsAnotherBodyOrSecret() {
    String header = WebhookSignature.sign(BODY, "whsec_test", T);
    assertThat(WebhookSignature.verify(BODY + " ", header, "whsec_test", TOLERANCE, at(T)))
        .isFalse();
    assertThat(WebhookSignature.verify(BODY, header, "whsec_tesT", TOLERANCE, at(T))).isFalse();
    // The timestamp is signed too: moving it breaks the signature.
    String moved = header.replace("t=1700000000", "t=1700000001");
    assertThat(WebhookSignature.verify(BODY, moved, "whsec_test", TOLERANCE, at(T.plusSeconds(1))))
        .isFalse();
  }

  @Test
  void rejectsTimestampsOutsideTheTolerance() {
    String header = WebhookSignature.sign(BODY, "whsec_test", T);
    assertThat(
            WebhookSignature.verify(
                BODY, header, "whsec_test", TOLERANCE, at(T.plus(TOLERANCE).plusSeconds(1))))
        .isFalse();
    assertThat(
            WebhookSignature.verify(
                BODY, header, "whsec_test", TOLERANCE, at(T.minus(TOLERANCE).minusSeconds(1))))
        .isFalse();
  }

  @Test
  void malformedHeadersAreRejectedWithTheirOwnException() {
    for (String header :
        List.of(
            "",
            "garbage",
            "v1=" + KNOWN_V1,
            "t=1700000000",
            "t=1700000000,v0=" + KNOWN_V1,
            "t=abc,v1=" + KNOWN_V1,
            "t=1700000000,v1=",
            "t=1700000000,v1=zz" + KNOWN_V1.substring(2),
            "t=1700000000,v1=" + KNOWN_V1.substring(1),
            "t=1700000000,t=1700000000,v1=" + KNOWN_V1)) {
      assertThatThrownBy(
              () -> WebhookSignature.verify(BODY, header, "whsec_test", TOLERANCE, at(T)), header)
          .isInstanceOf(WebhookSignature.MalformedSignatureException.class);
    }
    assertThatThrownBy(() -> WebhookSignature.verify(BODY, null, "whsec_test", TOLERANCE, at(T)))
        .isInstanceOf(WebhookSignature.MalformedSignatureException.class);
  }

  @Test
  void extraSchemesAndSpacesAreIgnored() {
    String header = "t=1700000000, v0=abc, v1=" + KNOWN_V1;
    assertThat(WebhookSignature.verify(BODY, header, "whsec_test", TOLERANCE, at(T))).isTrue();
  }

  @Test
  void theExceptionDoesNotRepeatTheSecret() {
    assertThatThrownBy(() -> WebhookSignature.verify(BODY, "junk", "whsec_test", TOLERANCE, at(T)))
        .message()
        .doesNotContain("whsec_test");
  }

  @Test
  void refusesEmptySecretsAndNegativeTolerance() {
    assertThatThrownBy(() -> WebhookSignature.sign(BODY, "", T))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookSignature.sign(BODY, List.of(), T))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                WebhookSignature.verify(
                    BODY, "t=1,v1=" + KNOWN_V1, "s", Duration.ofSeconds(-1), at(T)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
