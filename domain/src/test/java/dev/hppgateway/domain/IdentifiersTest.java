package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The ids that travel in URLs and logs: a page's, a merchant's and a provider's. A character
 * outside their alphabet is a field error naming the id, so it can never change a route.
 */
class IdentifiersTest {

  @Test
  void aPageIdIsLettersDigitsUnderscoresAndDashes() {
    assertThat(HppSessionId.of("hpp_A-1").value()).isEqualTo("hpp_A-1");
    refused(() -> HppSessionId.of("hpp/1"), "id", "may hold only letters, digits, _ and -");
  }

  @Test
  void aMerchantIdIsLettersDigitsUnderscoresAndDashes() {
    assertThat(MerchantId.of("m_A-1").value()).isEqualTo("m_A-1");
    refused(() -> MerchantId.of("m 1"), "merchant_id", "may hold only letters, digits, _ and -");
  }

  @Test
  void aProviderIdIsLowercase() {
    assertThat(ProviderId.of("klarna-kp").value()).isEqualTo("klarna-kp");
    refused(
        () -> ProviderId.of("Klarna"),
        "provider",
        "must be a lowercase provider id like klarna-kp (letters, digits, dashes)");
  }

  private static void refused(ThrowingCallable create, String field, String reason) {
    assertThatThrownBy(create)
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).isEqualTo(reason);
            });
  }
}
