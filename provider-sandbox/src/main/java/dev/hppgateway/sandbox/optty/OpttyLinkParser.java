package dev.hppgateway.sandbox.optty;

import static dev.hppgateway.sandbox.JsonFields.decimal;
import static dev.hppgateway.sandbox.JsonFields.integer;
import static dev.hppgateway.sandbox.JsonFields.node;
import static dev.hppgateway.sandbox.JsonFields.present;
import static dev.hppgateway.sandbox.JsonFields.text;

import dev.hppgateway.sandbox.Amounts;
import dev.hppgateway.sandbox.NestError;
import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a CustomHppDto (seed 000) with class-validator-like messages, all in one 400 answer.
 */
final class OpttyLinkParser {

  record Draft(
      String email,
      String phoneNumber,
      String description,
      String currency,
      String invoiceNumber,
      String referenceName,
      Instant dueDate,
      BigDecimal price,
      BigDecimal subTotal,
      BigDecimal taxAmount,
      List<OpttyItem> items) {}

  private OpttyLinkParser() {}

  static Draft parse(JsonNode body, Instant now) {
    List<String> errors = new ArrayList<>();
    String email = string(body, "email", errors);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.add("email must be an email");
    }
    String phone = string(body, "phoneNumber", errors);
    String description = string(body, "description", errors);
    String currency = string(body, "currency", errors);
    if (currency != null && Amounts.currency(currency).isEmpty()) {
      errors.add("currency must be a valid ISO 4217 currency code");
    }
    String invoiceNumber = string(body, "invoiceNumber", errors);
    String referenceName = string(body, "referenceName", errors);
    Instant dueDate = null;
    String due = string(body, "dueDate", errors);
    if (due != null) {
      try {
        dueDate = OffsetDateTime.parse(due).toInstant();
        if (!dueDate.isAfter(now)) {
          errors.add("dueDate must be in the future");
        }
      } catch (DateTimeParseException notIso) {
        errors.add("dueDate must be a valid ISO 8601 date string");
      }
    }
    BigDecimal price = number(body, "price", errors);
    BigDecimal subTotal = number(body, "subTotal", errors);
    BigDecimal taxAmount = number(body, "taxAmount", errors);
    if (!present(body, "enableTipping")) {
      errors.add("enableTipping should not be empty");
    }
    if (present(body, "enableTipping") && !node(body, "enableTipping").isBoolean()) {
      errors.add("enableTipping must be a boolean value");
    }
    for (String flag : List.of("hideTax", "emailCustomer")) {
      if (present(body, flag) && !node(body, flag).isBoolean()) {
        errors.add(flag + " must be a boolean value");
      }
    }
    if (present(body, "accountCode") && text(body, "accountCode") == null) {
      errors.add("accountCode must be a string");
    }
    List<OpttyItem> items = items(body, errors);
    if (currency != null && Amounts.currency(currency).isPresent()) {
      int digits = Amounts.digits(currency);
      for (String name : List.of("price", "subTotal", "taxAmount")) {
        BigDecimal value =
            name.equals("price") ? price : name.equals("subTotal") ? subTotal : taxAmount;
        if (value != null && value.stripTrailingZeros().scale() > digits) {
          errors.add(name + " must have at most " + digits + " decimal places for " + currency);
        }
      }
    }
    if (price != null && price.signum() <= 0) {
      errors.add("price must be a positive number");
    }
    if (subTotal != null && subTotal.signum() < 0) {
      errors.add("subTotal must not be less than 0");
    }
    if (taxAmount != null && taxAmount.signum() < 0) {
      errors.add("taxAmount must not be less than 0");
    }
    if (price != null
        && subTotal != null
        && taxAmount != null
        && price.compareTo(subTotal.add(taxAmount)) != 0) {
      errors.add("price must equal subTotal + taxAmount");
    }
    if (!errors.isEmpty()) {
      throw NestError.validation(errors);
    }
    return new Draft(
        email,
        phone,
        description,
        currency,
        invoiceNumber,
        referenceName,
        dueDate,
        price,
        subTotal,
        taxAmount,
        items);
  }

  private static List<OpttyItem> items(JsonNode body, List<String> errors) {
    JsonNode array = node(body, "items");
    if (array == null) {
      errors.add("items should not be empty");
      return List.of();
    }
    if (!array.isArray()) {
      errors.add("items must be an array");
      return List.of();
    }
    List<OpttyItem> items = new ArrayList<>();
    for (JsonNode item : array.values()) {
      if (item.isString()) {
        items.add(new OpttyItem(item.getStringValue(), 1, null));
      } else if (item.isObject() && text(item, "itemName") != null) {
        Long quantity = integer(node(item, "quantity"));
        items.add(
            new OpttyItem(
                text(item, "itemName"),
                quantity == null ? 1 : quantity,
                decimal(node(item, "price"))));
      } else {
        errors.add(
            "each value in items must be a string or an item {itemName, sku, quantity, price}");
        break;
      }
    }
    return items;
  }

  private static String string(JsonNode body, String name, List<String> errors) {
    if (!present(body, name)) {
      errors.add(name + " should not be empty");
      return null;
    }
    String value = text(body, name);
    if (value == null) {
      errors.add(name + " must be a string");
      return null;
    }
    if (value.isBlank()) {
      errors.add(name + " should not be empty");
      return null;
    }
    return value;
  }

  private static BigDecimal number(JsonNode body, String name, List<String> errors) {
    if (!present(body, name)) {
      errors.add(name + " should not be empty");
      return null;
    }
    BigDecimal value = decimal(node(body, name));
    if (value == null) {
      errors.add(name + " must be a number conforming to the specified constraints");
    }
    return value;
  }
}
