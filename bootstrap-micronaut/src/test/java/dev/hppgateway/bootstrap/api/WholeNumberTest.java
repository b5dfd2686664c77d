package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.domain.DomainValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edges of a whole number: what each JSON value read by the decoder becomes. */
class WholeNumberTest {

  @Test
  void jsonIntegersAreReadUpToTheLimitsOfTheType() {
    assertThat(WholeNumber.toLong(WholeNumber.read(500), "amount")).isEqualTo(500L);
    assertThat(WholeNumber.toLong(WholeNumber.read(0), "amount")).isZero();
    assertThat(WholeNumber.toLong(WholeNumber.read(Long.MAX_VALUE), "amount"))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(WholeNumber.toLong(WholeNumber.read(BigInteger.valueOf(Long.MIN_VALUE)), "amount"))
        .isEqualTo(Long.MIN_VALUE);
    assertThat(WholeNumber.toInt(WholeNumber.read(Integer.MAX_VALUE), "tax_rate"))
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(WholeNumber.toInt(WholeNumber.read(Integer.MIN_VALUE), "tax_rate"))
        .isEqualTo(Integer.MIN_VALUE);
    assertThat(WholeNumber.toLong(null, "amount")).isNull();
    assertThat(WholeNumber.toInt(null, "tax_rate")).isNull();
  }

  @Test
  void anythingElseIsAFieldErrorNamingTheField() {
    BigInteger beyondLong = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
    for (Object json :
        List.of(
            "500",
            500.5,
            1000.0,
            new BigDecimal("500"),
            List.of(500),
            Map.of(),
            true,
            beyondLong,
            beyondLong.negate().subtract(BigInteger.ONE))) {
      assertThatThrownBy(
              () -> WholeNumber.toLong(WholeNumber.read(json), "order_lines[0].quantity"))
          .as(String.valueOf(json))
          .isInstanceOfSatisfying(
              DomainValidationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("order_lines[0].quantity");
                assertThat(e.reason()).startsWith(WholeNumber.NOT_A_WHOLE_NUMBER);
              });
    }
    for (Object json : List.of(2_147_483_648L, -2_147_483_649L, "1")) {
      assertThatThrownBy(() -> WholeNumber.toInt(WholeNumber.read(json), "tax_rate"))
          .as(String.valueOf(json))
          .isInstanceOfSatisfying(
              DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("tax_rate"));
    }
  }
}
