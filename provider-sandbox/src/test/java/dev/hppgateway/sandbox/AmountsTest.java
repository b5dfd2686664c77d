package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void formatsMinorUnitsWithTheCurrencysDigits() {
    assertThat(Amounts.format(123450, "SEK")).isEqualTo("1,234.50 SEK");
    assertThat(Amounts.format(1500, "JPY")).isEqualTo("1,500 JPY");
    assertThat(Amounts.format(1234, "KWD")).isEqualTo("1.234 KWD");
    assertThat(Amounts.format(5, "EUR")).isEqualTo("0.05 EUR");
  }

  @Test
  void convertsMajorUnitsToMinorUnits() {
    assertThat(Amounts.toMinor(new BigDecimal("119.90"), "AUD")).isEqualTo(11990);
    assertThat(Amounts.toMinor(new BigDecimal("1500"), "JPY")).isEqualTo(1500);
  }
}
