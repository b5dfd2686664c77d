package dev.hppgateway.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An amount in integer minor units of an ISO 4217 currency (cents for EUR, yen for JPY, fils for
 * KWD). Never a floating point number; major units only at the edge of providers that want them.
 */
public record Money(long minorUnits, Currency currency) {
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  public Money {
    Require.present(currency, "currency");
    Require.that(
        currency.getDefaultFractionDigits() >= 0,
        "currency",
        currency.getCurrencyCode() + " has no minor unit and cannot be charged");
  }

  public static Money of(long minorUnits, String currencyCode) {
    return new Money(minorUnits, currency(currencyCode));
  }

  /** ISO 4217 fund codes and units of account: no shopper pays in them. */
  private static final java.util.Set<String> NOT_CHARGEABLE =
      java.util.Set.of(
          "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW", "XDR", "XSU", "XUA",
          "XXX", "XTS");

  /** Parses a 3-letter ISO 4217 code, rejecting lowercase, unknown and fund codes. */
  public static Currency currency(String code) {
    Require.text(code, "currency", 3);
    Require.that(
        CURRENCY_CODE.matcher(code).matches(), "currency", "must be an ISO 4217 code like EUR");
    Require.that(
        !NOT_CHARGEABLE.contains(code),
        "currency",
        code + " is a fund code or unit of account, not a currency a shopper pays in");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new DomainValidationException("currency", "unknown ISO 4217 currency " + code);
    }
  }

  /**
   * Major units with exactly the currency's digits: 1050 EUR → 10.50, 1050 JPY → 1050, 1050 KWD →
   * 1.050.
   */
  public BigDecimal toMajorUnits() {
    return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
  }

  /**
   * The inverse of {@link #toMajorUnits()}; rejects amounts finer than the currency's minor unit.
   */
  public static Money ofMajorUnits(BigDecimal major, Currency currency) {
    Require.present(major, "amount");
    int digits = currency.getDefaultFractionDigits();
    try {
      BigDecimal minor = major.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits);
      return new Money(minor.longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new DomainValidationException(
          "amount",
          major.toPlainString() + " has more than " + digits + " decimals for " + currency);
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  public boolean isPositive() {
    return minorUnits > 0;
  }

  public boolean isNegative() {
    return minorUnits < 0;
  }

  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new DomainValidationException(
          "currency", "cannot combine " + currency + " with " + other.currency);
    }
  }

  @Override
  public String toString() {
    return toMajorUnits().toPlainString() + " " + currency.getCurrencyCode();
  }
}
