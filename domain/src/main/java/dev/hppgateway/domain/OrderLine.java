package dev.hppgateway.domain;

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

  public static final long MAX_UNIT_PRICE = 200_000_000L;

  public OrderLine {
    Require.present(type, "type");
    Require.text(name, "name", 255);
    Require.optionalText(reference, "reference", 255);
    Require.that(quantity >= 1, "quantity", "must be at least 1");
    Require.that(quantity <= 1_000_000, "quantity", "must be at most 1000000");
    Require.that(
        Math.abs(unitPrice) <= MAX_UNIT_PRICE, "unit_price", "must be at most " + MAX_UNIT_PRICE);
    Require.that(
        taxRate >= 0 && taxRate <= 10_000,
        "tax_rate",
        "must be between 0 and 10000 (hundredths of a percent)");
    Require.that(totalDiscountAmount >= 0, "total_discount_amount", "must not be negative");
    if (type.reducesTotal()) {
      Require.that(
          unitPrice <= 0, "unit_price", "must not be positive for a " + type.wireName() + " line");
      Require.that(
          totalAmount <= 0,
          "total_amount",
          "must not be positive for a " + type.wireName() + " line");
      Require.that(
          totalTaxAmount <= 0,
          "total_tax_amount",
          "must not be positive for a " + type.wireName() + " line");
    } else {
      Require.that(unitPrice >= 0, "unit_price", "must not be negative");
      Require.that(totalAmount >= 0, "total_amount", "must not be negative");
      Require.that(totalTaxAmount >= 0, "total_tax_amount", "must not be negative");
    }
    long expected =
        Math.subtractExact(Math.multiplyExact(quantity, unitPrice), totalDiscountAmount);
    Require.that(
        totalAmount == expected,
        "total_amount",
        "must equal quantity × unit_price − total_discount_amount = " + expected);
    long expectedTax = expectedTax(totalAmount, taxRate);
    Require.that(
        Math.abs(totalTaxAmount - expectedTax) <= 1,
        "total_tax_amount",
        "must be within 1 of total_amount − total_amount × 10000 / (10000 + tax_rate) = "
            + expectedTax);
  }

  /** The tax included in a tax-inclusive total, rounded half up: {@code t - t*10000/(10000+r)}. */
  public static long expectedTax(long totalAmount, int taxRate) {
    if (taxRate == 0) {
      return 0;
    }
    double exact = totalAmount - (double) totalAmount * 10_000 / (10_000 + taxRate);
    return Math.round(exact);
  }

  /** A line with its tax computed from the rate; handy for callers that do not compute it. */
  public static OrderLine of(
      OrderLineType type, String name, long quantity, long unitPrice, int taxRate) {
    long total = Math.multiplyExact(quantity, unitPrice);
    return new OrderLine(
        type, null, name, quantity, unitPrice, taxRate, total, 0, expectedTax(total, taxRate));
  }
}
