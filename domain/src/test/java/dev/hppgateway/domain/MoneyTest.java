package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "1050, JPY, 1050",
    "0, JPY, 0",
    "1050, EUR, 10.50",
    "1, SEK, 0.01",
    "24900, SEK, 249.00",
    "-500, EUR, -5.00",
    "1050, KWD, 1.050",
    "1, BHD, 0.001",
  })
  void convertsToMajorUnitsByTheCurrencysDigits(long minor, String currency, String major) {
    Money money = Money.of(minor, currency);
    assertThat(money.toMajorUnits()).isEqualTo(new BigDecimal(major));
    assertThat(money.toMajorUnits().toPlainString()).isEqualTo(major);
    assertThat(Money.ofMajorUnits(new BigDecimal(major), Currency.getInstance(currency)))
        .isEqualTo(money);
  }

  @Test
  void rejectsFinerThanTheMinorUnit() {
    assertThatThrownBy(
            () -> Money.ofMajorUnits(new BigDecimal("10.505"), Currency.getInstance("EUR")))
        .isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("more than 2 decimals");
    assertThatThrownBy(() -> Money.ofMajorUnits(new BigDecimal("1.5"), Currency.getInstance("JPY")))
        .hasMessageContaining("more than 0 decimals");
  }

  @Test
  void acceptsTrailingZerosBeyondTheMinorUnit() {
    assertThat(Money.ofMajorUnits(new BigDecimal("10.500"), Currency.getInstance("EUR")))
        .isEqualTo(Money.of(1050, "EUR"));
  }

  @ParameterizedTest
  @CsvSource({"eur, ISO 4217", "EURO, at most 3", "XYZ, unknown", "'', required"})
  void rejectsBadCurrencyCodes(String code, String reason) {
    assertThatThrownBy(() -> Money.of(1, code))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("currency");
              assertThat(e.reason()).contains(reason);
            });
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"CHE", "USN", "BOV", "CLF", "XDR"})
  void rejectsFundCodes(String code) {
    assertThatThrownBy(() -> Money.of(100, code)).hasMessageContaining("fund code");
  }

  @Test
  void rejectsCurrenciesWithoutMinorUnits() {
    assertThatThrownBy(() -> Money.of(1, "XAU")).hasMessageContaining("cannot be charged");
  }

  @Test
  void addsOnlyTheSameCurrency() {
    assertThat(Money.of(100, "EUR").plus(Money.of(50, "EUR"))).isEqualTo(Money.of(150, "EUR"));
    assertThat(Money.of(100, "EUR").minus(Money.of(150, "EUR"))).isEqualTo(Money.of(-50, "EUR"));
    assertThatThrownBy(() -> Money.of(100, "EUR").plus(Money.of(1, "SEK")))
        .hasMessageContaining("cannot combine");
  }

  @Test
  void subtractsOnlyTheSameCurrency() {
    assertThatThrownBy(() -> Money.of(100, "EUR").minus(Money.of(1, "SEK")))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("currency");
              assertThat(e.reason()).isEqualTo("cannot combine EUR with SEK");
            });
  }

  @Test
  void signIsReadFromTheMinorUnits() {
    assertThat(Money.of(1, "EUR").isPositive()).isTrue();
    assertThat(Money.of(0, "EUR").isPositive()).isFalse();
    assertThat(Money.of(0, "EUR").isNegative()).isFalse();
    assertThat(Money.of(-1, "EUR").isNegative()).isTrue();
  }

  @Test
  void overflowIsAnErrorNotAWrap() {
    assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void printsMajorUnits() {
    assertThat(Money.of(1050, "EUR")).hasToString("10.50 EUR");
  }

  @Test
  void aLowercaseCodeIsRefusedForItsCaseNotAsUnknown() {
    assertThatThrownBy(() -> Money.of(1, "eur"))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.reason()).isEqualTo("must be an ISO 4217 code like EUR"));
  }
}
