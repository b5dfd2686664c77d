package dev.hppgateway.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the shopper pays for: the amount and its tax in one currency, the lines that add up to them,
 * and where the purchase happens. Klarna and Kustom refuse an order whose lines do not add up;
 * checking it here turns a provider 400 into a clear field error before any call is made.
 */
public record PaymentOrder(
    Money amount, Money taxAmount, List<OrderLine> lines, String purchaseCountry, String locale) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}-[A-Z]{2}");

  public static final int MAX_LINES = 1000;

  public PaymentOrder {
    Require.present(amount, "amount");
    Require.present(taxAmount, "tax_amount");
    Require.that(amount.isPositive(), "amount", "must be greater than zero");
    Require.that(!taxAmount.isNegative(), "tax_amount", "must not be negative");
    Require.that(
        taxAmount.currency().equals(amount.currency()),
        "tax_amount",
        () -> "must be in the order's currency " + amount.currencyCode());
    Require.that(
        taxAmount.minorUnits() <= amount.minorUnits(), "tax_amount", "must not exceed the amount");
    Require.present(lines, "order_lines");
    Require.that(!lines.isEmpty(), "order_lines", "must hold at least one line");
    Require.that(
        lines.size() <= MAX_LINES, "order_lines", "must hold at most " + MAX_LINES + " lines");
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) == null) {
        Require.present(null, "order_lines[" + i + "]");
      }
    }
    lines = List.copyOf(lines);
    long total = 0;
    long tax = 0;
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      // Cannot overflow (at most 1000 lines of at most 200 000 000), but a field error if it did.
      total = sum(total, line.totalAmount(), i, "total_amount");
      tax = sum(tax, line.totalTaxAmount(), i, "total_tax_amount");
    }
    long linesTotal = total;
    long linesTax = tax;
    Require.that(
        total == amount.minorUnits(),
        "order_lines",
        () ->
            "total_amount of the lines adds up to "
                + linesTotal
                + " but amount is "
                + amount.minorUnits());
    Require.that(
        tax == taxAmount.minorUnits(),
        "order_lines",
        () ->
            "total_tax_amount of the lines adds up to "
                + linesTax
                + " but tax_amount is "
                + taxAmount.minorUnits());
    Require.present(purchaseCountry, "purchase_country");
    Require.that(
        COUNTRY.matcher(purchaseCountry).matches(),
        "purchase_country",
        "must be an ISO 3166 alpha-2 code like SE");
    Require.present(locale, "locale");
    Require.that(
        LOCALE.matcher(locale).matches(), "locale", "must be a language-country tag like sv-SE");
  }

  private static long sum(long sum, long add, int line, String field) {
    try {
      return Math.addExact(sum, add);
    } catch (ArithmeticException e) {
      throw new DomainValidationException(
          "order_lines[" + line + "]." + field, "the lines' sum overflows");
    }
  }

  public String currencyCode() {
    return amount.currencyCode();
  }
}
