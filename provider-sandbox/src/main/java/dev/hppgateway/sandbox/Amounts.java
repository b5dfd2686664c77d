package dev.hppgateway.sandbox;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** Minor-unit arithmetic and display, driven by the currency's own number of digits. */
public final class Amounts {

  private Amounts() {}

  public static Optional<Currency> currency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Currency.getInstance(code));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  public static int digits(String currencyCode) {
    return currency(currencyCode)
        .map(Currency::getDefaultFractionDigits)
        .filter(d -> d >= 0)
        .orElse(2);
  }

  /** "1,234.50 SEK", "1,500 JPY": minor units shown with the currency's digits. */
  public static String format(long minorUnits, String currencyCode) {
    int digits = digits(currencyCode);
    BigDecimal major = BigDecimal.valueOf(minorUnits, digits);
    StringBuilder pattern = new StringBuilder("#,##0");
    if (digits > 0) {
      pattern.append('.').append("0".repeat(digits));
    }
    DecimalFormat format =
        new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(major) + " " + currencyCode;
  }

  /** Major units (Optty's decimals) to minor units; the caller has checked the scale. */
  public static long toMinor(BigDecimal major, String currencyCode) {
    return major.movePointRight(digits(currencyCode)).longValueExact();
  }
}
