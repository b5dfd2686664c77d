package dev.hppgateway.application.port.out.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a provider failure tells its handler and its log: the provider, the HTTP status, the
 * provider's code and messages (kept as given, copied), the correlation id and the wait asked for.
 */
class ProviderExceptionsTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");

  @Test
  void aRejectionCarriesTheStatusCodeAndMessages() {
    List<String> messages = new ArrayList<>(List.of("amount is wrong", "locale is wrong"));
    ProviderRejectedException e =
        new ProviderRejectedException(PAY, 422, "BAD_VALUE", messages, "corr-1");
    messages.clear();
    assertThat(e.getMessage())
        .isEqualTo("fake-pay: rejected with HTTP 422 BAD_VALUE: amount is wrong; locale is wrong");
    assertThat(e.provider()).isEqualTo(PAY);
    assertThat(e.httpStatus()).isEqualTo(422);
    assertThat(e.errorCode()).isEqualTo("BAD_VALUE");
    assertThat(e.messages()).containsExactly("amount is wrong", "locale is wrong");
    assertThat(e.correlationId()).isEqualTo("corr-1");
  }

  @Test
  void aRejectionWithoutDetailsNamesTheStatus() {
    ProviderRejectedException e = new ProviderRejectedException(PAY, 400, null, null, null);
    assertThat(e.getMessage()).isEqualTo("fake-pay: rejected with HTTP 400");
    assertThat(e.messages()).isEmpty();
    assertThat(e.errorCode()).isNull();
    assertThat(new ProviderRejectedException(PAY, 400, null, List.of(), null).getMessage())
        .isEqualTo("fake-pay: rejected with HTTP 400");
  }

  @Test
  void anUnavailableProviderSaysHowLongToWait() {
    ProviderUnavailableException e =
        new ProviderUnavailableException(PAY, "busy", "corr-2", Duration.ofSeconds(30), null);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(e.correlationId()).isEqualTo("corr-2");
    assertThat(e.getMessage()).isEqualTo("fake-pay: busy");
  }
}
