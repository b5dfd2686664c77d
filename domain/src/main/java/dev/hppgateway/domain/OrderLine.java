package dev.hppgateway.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * One line of an order, amounts in minor units of the order's currency. {@code taxRate} is in
 * hundredths of a percent (2500 = 25%), as Klarna and Kustom expect.
 */
public record OrderLine(
    OrderLineType type,
    String reference,
    String name,
    long quantity,
    long unitPrice,
    int taxRate,
    long totalAmount,
    long totalDiscountAmount,
    long totalTaxAmount) {

  /** Klarna's limit on a line's {@code unit_price}, in absolute value. */
  public static final long MAX_UNIT_PRICE = 200_000_000L;

  /** Klarna's limit on a line's {@code total_amount}, in absolute value. */
  public static final long MAX_TOTAL_AMOUNT = 200_000_000L;

  public static final long MAX_QUANTITY = 1_000_000L;

  public OrderLine {
    Require.present(type, "type");
    Require.text(name, "name", 255);
    Require.optionalText(reference, "reference", 255);
    Require.that(quantity >= 1, "quantity", "must be at least 1");
    Require.that(quantity <= MAX_QUANTITY, "quantity", "must be at most " + MAX_QUANTITY);
    // Compared without Math.abs: Math.abs(Long.MIN_VALUE) is negative.
    Require.that(
        unitPrice >= -MAX_UNIT_PRICE && unitPrice <= MAX_UNIT_PRICE,
        "unit_price",
        "must be at most " + MAX_UNIT_PRICE + " in absolute value");
    Require.that(
        totalAmount >= -MAX_TOTAL_AMOUNT && totalAmount <= MAX_TOTAL_AMOUNT,
        "total_amount",
        "must be at most " + MAX_TOTAL_AMOUNT + " in absolute value");
    Require.that(
        taxRate >= 0 && taxRate <= 10_000,
        "tax_rate",
        "must be between 0 and 10000 (hundredths of a percent)");
    Require.that(totalDiscountAmount >= 0, "total_discount_amount", "must not be negative");
    if (type.reducesTotal()) {
      Require.that(
          unitPrice <= 0,
          "unit_price",
          () -> "must not be positive for a " + type.wireName() + " line");
      Require.that(
          totalAmount <= 0,
          "total_amount",
          () -> "must not be positive for a " + type.wireName() + " line");
      Require.that(
          totalTaxAmount <= 0,
          "total_tax_amount",
          () -> "must not be positive for a " + type.wireName() + " line");
    } else {
      Require.that(unitPrice >= 0, "unit_price", "must not be negative");
      Require.that(totalAmount >= 0, "total_amount", "must not be negative");
      Require.that(totalTaxAmount >= 0, "total_tax_amount", "must not be negative");
    }
    // Bounded above: |quantity × unit_price| ≤ 2 × 10^14, so only the discount can overflow; a
    // discount that takes the total below −MAX_TOTAL_AMOUNT can never add up anyway.
    long gross = quantity * unitPrice;
    Require.that(
        totalDiscountAmount <= gross + MAX_TOTAL_AMOUNT,
        "total_discount_amount",
        () ->
            "must be at most quantity × unit_price + "
                + MAX_TOTAL_AMOUNT
                + " = "
                + (gross + MAX_TOTAL_AMOUNT));
    long expected = gross - totalDiscountAmount;
    Require.that(
        totalAmount == expected,
        "total_amount",
        () -> "must equal quantity × unit_price − total_discount_amount = " + expected);
    // Klarna's rule: within 1 of the exact t*r/(10000+r), compared without division or rounding:
    // |tax*(10000+r) - t*r| <= 10000+r.
    BigInteger denominator = BigInteger.valueOf(10_000L + taxRate);
    BigInteger numerator = BigInteger.valueOf(totalAmount).multiply(BigInteger.valueOf(taxRate));
    BigInteger distance =
        BigInteger.valueOf(totalTaxAmount).multiply(denominator).subtract(numerator).abs();
    Require.that(
        distance.compareTo(denominator) <= 0,
        "total_tax_amount",
        () ->
            "must be within 1 of total_amount − total_amount × 10000 / (10000 + tax_rate) = "
                + new BigDecimal(numerator)
                    .divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString());
  }

  /**
   * The tax included in a tax-inclusive total, {@code t - t*10000/(10000+r)} (= {@code
   * t*r/(10000+r)}) computed exactly, rounded half up (away from zero): exact for every long, where
   * a double loses precision above 2^53.
   */
  public static long expectedTax(long totalAmount, int taxRate) {
    if (taxRate == 0) {
      return 0;
    }
    // |t*r/(10000+r)| ≤ |t| for any rate ≥ 0, so the result always fits in a long.
    return new BigDecimal(BigInteger.valueOf(totalAmount).multiply(BigInteger.valueOf(taxRate)))
        .divide(BigDecimal.valueOf(10_000L + taxRate), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** A line with its tax computed from the rate; handy for callers that do not compute it. */
  public static OrderLine of(
      OrderLineType type, String name, long quantity, long unitPrice, int taxRate) {
    long total;
    try {
      total = Math.multiplyExact(quantity, unitPrice);
    } catch (ArithmeticException e) {
      throw new DomainValidationException(
          "total_amount", "quantity × unit_price overflows; must be at most " + MAX_TOTAL_AMOUNT);
    }
    return new OrderLine(
        type, null, name, quantity, unitPrice, taxRate, total, 0, expectedTax(total, taxRate));
  }
}
