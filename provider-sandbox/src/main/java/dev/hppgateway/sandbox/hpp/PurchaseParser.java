package dev.hppgateway.sandbox.hpp;

import static dev.hppgateway.sandbox.JsonFields.integer;
import static dev.hppgateway.sandbox.JsonFields.node;
import static dev.hppgateway.sandbox.JsonFields.present;
import static dev.hppgateway.sandbox.JsonFields.text;

import dev.hppgateway.sandbox.Amounts;
import dev.hppgateway.sandbox.KlarnaError;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a purchase (KP session, KP order placement, KCO order) the way Klarna does and collects
 * every problem into one 400 BAD_VALUE answer.
 */
final class PurchaseParser {

  private static final Set<String> LINE_TYPES =
      Set.of(
          "physical",
          "discount",
          "shipping_fee",
          "sales_tax",
          "digital",
          "gift_card",
          "store_credit",
          "surcharge");

  /** Lines that lower the total (as the gateway's OrderLineType.reducesTotal): not positive. */
  private static final Set<String> REDUCING_TYPES = Set.of("discount", "gift_card", "store_credit");

  private static final long MAX_UNIT_PRICE = 200_000_000L;
  private static final long MAX_TOTAL_AMOUNT = 200_000_000L;

  private PurchaseParser() {}

  static Purchase parse(JsonNode body, boolean localeRequired) {
    List<String> errors = new ArrayList<>();
    String country = text(body, "purchase_country");
    if (country == null) {
      errors.add(missingOrBad(body, "purchase_country"));
    } else if (!country.matches("[A-Za-z]{2}")) {
      errors.add("Bad value: purchase_country");
    }
    String currency = text(body, "purchase_currency");
    if (currency == null) {
      errors.add(missingOrBad(body, "purchase_currency"));
    } else if (Amounts.currency(currency).isEmpty()) {
      errors.add("Bad value: purchase_currency");
    }
    String locale = text(body, "locale");
    if (locale == null && (localeRequired || present(body, "locale"))) {
      errors.add(missingOrBad(body, "locale"));
    } else if (locale != null && !locale.matches("[a-z]{2}-[A-Za-z]{2}")) {
      errors.add("Bad value: locale");
    }
    Long amount = amount(body, "order_amount", errors);
    Long tax = amount(body, "order_tax_amount", errors);
    String reference1 = reference(body, "merchant_reference1", errors);
    String reference2 = reference(body, "merchant_reference2", errors);
    List<PurchaseLine> lines = lines(body, errors);
    if (errors.isEmpty()) {
      long lineSum = lines.stream().mapToLong(PurchaseLine::totalAmount).sum();
      if (lineSum != amount) {
        errors.add(
            "Bad value: order_amount (the order lines' total_amount add up to " + lineSum + ")");
      }
      long taxSum =
          lines.stream()
              .mapToLong(line -> line.totalTaxAmount() == null ? 0 : line.totalTaxAmount())
              .sum();
      if (taxSum != tax) {
        errors.add(
            "Bad value: order_tax_amount (the order lines' total_tax_amount add up to "
                + taxSum
                + ")");
      }
    }
    if (!errors.isEmpty()) {
      throw KlarnaError.badValue(errors);
    }
    return new Purchase(
        country.toUpperCase(),
        currency,
        locale,
        amount,
        tax,
        List.copyOf(lines),
        reference1,
        reference2);
  }

  private static List<PurchaseLine> lines(JsonNode body, List<String> errors) {
    JsonNode array = node(body, "order_lines");
    if (array == null) {
      errors.add("Missing field: order_lines");
      return List.of();
    }
    if (!array.isArray() || array.size() < 1 || array.size() > 1000) {
      errors.add("Bad value: order_lines (1 to 1000 lines)");
      return List.of();
    }
    List<PurchaseLine> lines = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "order_lines[" + i + "].";
      JsonNode line = array.get(i);
      if (line == null || !line.isObject()) {
        errors.add("Bad value: order_lines[" + i + "]");
        continue;
      }
      int before = errors.size();
      String type = text(line, "type");
      if (present(line, "type") && (type == null || !LINE_TYPES.contains(type))) {
        errors.add("Bad value: " + at + "type");
      }
      boolean reducing = REDUCING_TYPES.contains(type);
      boolean negativeAllowed = reducing;
      String name = text(line, "name");
      if (name == null || name.isBlank()) {
        errors.add(missingOrBad(line, at, "name"));
      }
      Long quantity = integer(node(line, "quantity"));
      if (quantity == null || quantity < 0) {
        errors.add(missingOrBad(line, at, "quantity"));
      }
      Long unitPrice = lineAmount(line, at, "unit_price", true, negativeAllowed, errors);
      if (unitPrice != null && (unitPrice > MAX_UNIT_PRICE || unitPrice < -MAX_UNIT_PRICE)) {
        errors.add("Bad value: " + at + "unit_price (at most " + MAX_UNIT_PRICE + ")");
      }
      Long total = lineAmount(line, at, "total_amount", true, negativeAllowed, errors);
      if (total != null && (total > MAX_TOTAL_AMOUNT || total < -MAX_TOTAL_AMOUNT)) {
        errors.add("Bad value: " + at + "total_amount (at most " + MAX_TOTAL_AMOUNT + ")");
      }
      Long taxRate = integer(node(line, "tax_rate"));
      if (present(line, "tax_rate") && (taxRate == null || taxRate < 0 || taxRate > 10000)) {
        errors.add("Bad value: " + at + "tax_rate");
      }
      Long totalTax = lineAmount(line, at, "total_tax_amount", false, negativeAllowed, errors);
      Long discount = lineAmount(line, at, "total_discount_amount", false, false, errors);
      String reference = text(line, "reference");
      if (reducing) {
        for (String field : List.of("unit_price", "total_amount", "total_tax_amount")) {
          Long value = integer(node(line, field));
          if (value != null && value > 0) {
            errors.add("Bad value: " + at + field + " (not positive for a " + type + " line)");
          }
        }
      }
      if (errors.size() == before && quantity != null && unitPrice != null && total != null) {
        // Exact: quantity × unit_price − total_discount_amount in BigInteger, never overflowing.
        BigInteger expected =
            BigInteger.valueOf(quantity)
                .multiply(BigInteger.valueOf(unitPrice))
                .subtract(BigInteger.valueOf(discount == null ? 0 : discount));
        if (!expected.equals(BigInteger.valueOf(total))) {
          errors.add(
              "Bad value: "
                  + at
                  + "total_amount (quantity × unit_price − total_discount_amount = "
                  + expected
                  + ")");
        }
      }
      if (errors.size() == before && total != null && totalTax != null) {
        long rate = taxRate == null ? 0 : taxRate;
        // Exact: |tax − total·rate/(10000+rate)| ≤ 1, i.e. |tax·(10000+rate) − total·rate| ≤
        // 10000+rate, in BigInteger (a double loses precision above 2^53).
        BigInteger divisor = BigInteger.valueOf(10_000 + rate);
        BigInteger gap =
            BigInteger.valueOf(totalTax)
                .multiply(divisor)
                .subtract(BigInteger.valueOf(total).multiply(BigInteger.valueOf(rate)))
                .abs();
        if (gap.compareTo(divisor) > 0) {
          errors.add(
              "Bad value: "
                  + at
                  + "total_tax_amount (expected about "
                  + new BigDecimal(BigInteger.valueOf(total).multiply(BigInteger.valueOf(rate)))
                      .divide(new BigDecimal(divisor), 0, RoundingMode.HALF_UP)
                  + ")");
        }
      }
      if (errors.size() == before) {
        lines.add(
            new PurchaseLine(
                type, reference, name, quantity, unitPrice, taxRate, total, totalTax, discount));
      }
    }
    return lines;
  }

  private static Long lineAmount(
      JsonNode line,
      String at,
      String field,
      boolean required,
      boolean negativeAllowed,
      List<String> errors) {
    if (!present(line, field)) {
      if (required) {
        errors.add("Missing field: " + at + field);
      }
      return null;
    }
    Long value = integer(node(line, field));
    if (value == null || (value < 0 && !negativeAllowed)) {
      errors.add("Bad value: " + at + field);
      return null;
    }
    return value;
  }

  private static Long amount(JsonNode body, String field, List<String> errors) {
    if (!present(body, field)) {
      errors.add("Missing field: " + field);
      return null;
    }
    Long value = integer(node(body, field));
    if (value == null || value < 0) {
      errors.add("Bad value: " + field + " (a non-negative integer in minor units)");
      return null;
    }
    return value;
  }

  private static String reference(JsonNode body, String field, List<String> errors) {
    if (!present(body, field)) {
      return null;
    }
    String value = text(body, field);
    if (value == null || value.length() > 255) {
      errors.add("Bad value: " + field + " (at most 255 characters)");
    }
    return value;
  }

  private static String missingOrBad(JsonNode body, String field) {
    return missingOrBad(body, "", field);
  }

  private static String missingOrBad(JsonNode body, String at, String field) {
    return (present(body, field) ? "Bad value: " : "Missing field: ") + at + field;
  }
}
