package dev.hppgateway.adapter.providerhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.ProviderId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The status mapping at its edges, as the adapter's caller sees it: which exception kind, which
 * message, which details and which correlation id an error answer turns into.
 */
class ProviderStatusMappingTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");
  private static final Duration WAIT = Duration.ofSeconds(7);
  private static final ProviderErrorReader.ErrorBody BODY =
      new ProviderErrorReader.ErrorBody("BAD_VALUE", List.of("amount is wrong"), "body-corr");

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 599})
  void serverErrorsAreUnavailableWithTheirWait(int status) {
    ProviderException failure = failure(status, null);
    assertThat(failure).isInstanceOf(ProviderUnavailableException.class);
    assertThat(((ProviderUnavailableException) failure).retryAfter()).isEqualTo(WAIT);
    assertThat(failure.getMessage())
        .isEqualTo("fake-pay: create page: provider error HTTP " + status);
    assertThat(failure.correlationId()).isEqualTo("header-corr");
  }

  @Test
  void rateLimitsAndTimeoutsAreUnavailableAndSaySo() {
    ProviderException limited = failure(429, BODY);
    assertThat(limited).isInstanceOf(ProviderUnavailableException.class);
    assertThat(limited.getMessage())
        .isEqualTo("fake-pay: create page: rate limited (HTTP 429) BAD_VALUE");
    assertThat(((ProviderUnavailableException) limited).retryAfter()).isEqualTo(WAIT);
    assertThat(limited.correlationId()).isEqualTo("body-corr");

    ProviderException timedOut = failure(408, null);
    assertThat(timedOut).isInstanceOf(ProviderUnavailableException.class);
    assertThat(timedOut.getMessage())
        .isEqualTo("fake-pay: create page: request timed out at the provider (HTTP 408)");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 409, 422, 499})
  void otherClientErrorsAreRejectionsWithTheBodysDetails(int status) {
    ProviderException failure = failure(status, BODY);
    assertThat(failure).isInstanceOf(ProviderRejectedException.class);
    ProviderRejectedException rejected = (ProviderRejectedException) failure;
    assertThat(rejected.httpStatus()).isEqualTo(status);
    assertThat(rejected.errorCode()).isEqualTo("BAD_VALUE");
    assertThat(rejected.messages()).containsExactly("amount is wrong");
    assertThat(rejected.correlationId()).isEqualTo("body-corr");
  }

  @Test
  void aRejectionWithoutAReadableBodyKeepsTheHeadersCorrelationId() {
    ProviderRejectedException rejected = (ProviderRejectedException) failure(400, null);
    assertThat(rejected.errorCode()).isNull();
    assertThat(rejected.messages()).isEmpty();
    assertThat(rejected.correlationId()).isEqualTo("header-corr");

    ProviderErrorReader.ErrorBody noId =
        new ProviderErrorReader.ErrorBody("BAD_VALUE", List.of(), null);
    assertThat(failure(400, noId).correlationId()).isEqualTo("header-corr");
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 204, 301, 302, 399})
  void anythingElseIsAMalformedAnswer(int status) {
    ProviderException failure = failure(status, BODY);
    assertThat(failure).isInstanceOf(ProviderMalformedAnswerException.class);
    assertThat(failure.getMessage()).isEqualTo("fake-pay: create page: unexpected HTTP " + status);
    assertThat(failure.correlationId()).isEqualTo("body-corr");
  }

  @Test
  void anErrorBodyKeepsItsMessagesAndCopiesThem() {
    List<String> messages = new java.util.ArrayList<>(List.of("a"));
    ProviderErrorReader.ErrorBody body = new ProviderErrorReader.ErrorBody("C", messages, null);
    messages.add("b");
    assertThat(body.messages()).containsExactly("a");
    assertThat(new ProviderErrorReader.ErrorBody("C", null, null).messages()).isEmpty();
    assertThat(ProviderErrorReader.NONE.read("{}".getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void onlyTwoHundredsAreSuccesses() {
    assertThat(new ProviderHttpAnswer(199, null, null, null).isSuccess()).isFalse();
    assertThat(new ProviderHttpAnswer(200, null, null, null).isSuccess()).isTrue();
    assertThat(new ProviderHttpAnswer(299, null, null, null).isSuccess()).isTrue();
    assertThat(new ProviderHttpAnswer(300, null, null, null).isSuccess()).isFalse();
    assertThat(new ProviderHttpAnswer(200, null, null, null).body()).isEmpty();
  }

  private static ProviderException failure(int status, ProviderErrorReader.ErrorBody error) {
    ProviderHttpAnswer answer =
        new ProviderHttpAnswer(status, "{}".getBytes(StandardCharsets.UTF_8), "header-corr", WAIT);
    return ProviderStatusMapping.failure(PAY, "create page", answer, error);
  }
}
