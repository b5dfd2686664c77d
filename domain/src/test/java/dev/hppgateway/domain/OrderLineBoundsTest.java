package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every bound of an order line, at its edge: the last accepted value passes and the next one is a
 * field error that names the field and the bound, so a merchant can fix the request (and a check
 * that is dropped or moved by one is noticed).
 */
class OrderLineBoundsTest {
  private static final long MAX_PRICE = OrderLine.MAX_UNIT_PRICE;
  private static final long MAX_TOTAL = OrderLine.MAX_TOTAL_AMOUNT;

  @Test
  void quantityIsFromOneToAMillion() {
    accepted(() -> physical(1, 1, 0, 1, 0, 0));
    accepted(() -> physical(OrderLine.MAX_QUANTITY, 1, 0, OrderLine.MAX_QUANTITY, 0, 0));
    refused(() -> physical(0, 1, 0, 0, 0, 0), "quantity", "must be at least 1");
    refused(
        () -> physical(OrderLine.MAX_QUANTITY + 1, 1, 0, OrderLine.MAX_QUANTITY + 1, 0, 0),
        "quantity",
        "must be at most 1000000");
  }

  @Test
  void unitPriceIsAtMostTwoHundredMillionEitherWay() {
    accepted(() -> physical(1, MAX_PRICE, 0, MAX_PRICE, 0, 0));
    refused(
        () -> physical(1, MAX_PRICE + 1, 0, MAX_PRICE + 1, 0, 0),
        "unit_price",
        "must be at most 200000000 in absolute value");
    accepted(() -> reducing(OrderLineType.DISCOUNT, -MAX_PRICE, -MAX_PRICE, 0, 0));
    refused(
        () -> reducing(OrderLineType.DISCOUNT, -MAX_PRICE - 1, -MAX_PRICE - 1, 0, 0),
        "unit_price",
        "must be at most 200000000 in absolute value");
  }

  @Test
  void totalAmountIsAtMostTwoHundredMillionEitherWay() {
    accepted(() -> physical(2, MAX_TOTAL / 2, 0, MAX_TOTAL, 0, 0));
    refused(
        () -> physical(2, MAX_TOTAL / 2 + 1, 0, MAX_TOTAL + 2, 0, 0),
        "total_amount",
        "must be at most 200000000 in absolute value");
    accepted(() -> line(OrderLineType.DISCOUNT, 2, -MAX_TOTAL / 2, 0, -MAX_TOTAL, 0, 0));
    refused(
        () -> line(OrderLineType.DISCOUNT, 2, -MAX_TOTAL / 2 - 1, 0, -MAX_TOTAL - 2, 0, 0),
        "total_amount",
        "must be at most 200000000 in absolute value");
  }

  @Test
  void taxRateIsFromZeroToTenThousandHundredthsOfAPercent() {
    accepted(() -> physical(1, 1000, 0, 1000, 0, 0));
    // At 100% the tax is half the tax-inclusive total.
    accepted(() -> physical(1, 1000, 10_000, 1000, 0, 500));
    refused(() -> physical(1, 1000, -1, 1000, 0, 0), "tax_rate", "must be between 0 and 10000");
    refused(
        () -> physical(1, 1000, 10_001, 1000, 0, 500), "tax_rate", "must be between 0 and 10000");
  }

  @Test
  void discountAmountIsNotNegative() {
    accepted(() -> physical(1, 1000, 0, 1000, 0, 0));
    accepted(() -> physical(1, 1000, 0, 0, 1000, 0));
    refused(
        () -> physical(1, 1000, 0, 1001, -1, 0), "total_discount_amount", "must not be negative");
  }

  @Test
  void discountAmountIsAtMostTheGrossPlusTheLargestTotal() {
    // The largest discount: it takes the total of a free line down to −200 000 000.
    accepted(() -> line(OrderLineType.DISCOUNT, 1, 0, 0, -MAX_TOTAL, MAX_TOTAL, 0));
    refused(
        () -> line(OrderLineType.DISCOUNT, 1, 0, 0, -MAX_TOTAL, MAX_TOTAL + 1, 0),
        "total_discount_amount",
        "must be at most quantity × unit_price + 200000000 = 200000000");
    refused(
        () -> physical(1, 100, 0, 0, MAX_TOTAL + 101, 0), "total_discount_amount", "= 200000100");
  }

  @Test
  void linesThatLowerTheTotalHaveNoPositiveAmount() {
    for (OrderLineType type :
        new OrderLineType[] {
          OrderLineType.DISCOUNT, OrderLineType.GIFT_CARD, OrderLineType.STORE_CREDIT
        }) {
      String name = type.wireName();
      accepted(() -> reducing(type, 0, 0, 0, 0));
      accepted(() -> reducing(type, -1000, -1000, 2500, -200));
      refused(
          () -> reducing(type, 1, 1, 0, 0),
          "unit_price",
          "must not be positive for a " + name + " line");
      refused(
          () -> line(type, 1, 0, 0, 1, 0, 0),
          "total_amount",
          "must not be positive for a " + name + " line");
      // 1 is within 1 of the exact tax 0 at rate 0: only the sign refuses it.
      refused(
          () -> reducing(type, -1000, -1000, 0, 1),
          "total_tax_amount",
          "must not be positive for a " + name + " line");
    }
  }

  @Test
  void otherLinesHaveNoNegativeAmount() {
    for (OrderLineType type : OrderLineType.values()) {
      if (type.reducesTotal()) {
        continue;
      }
      accepted(() -> line(type, 1, 0, 0, 0, 0, 0));
      refused(() -> line(type, 1, -1, 0, -1, 0, 0), "unit_price", "must not be negative");
      // A discount larger than the gross makes the total negative.
      refused(() -> line(type, 1, 0, 0, -1, 1, 0), "total_amount", "must not be negative");
      // −1 is within 1 of the exact tax 0 at rate 0: only the sign refuses it.
      refused(
          () -> line(type, 1, 1000, 0, 1000, 0, -1), "total_tax_amount", "must not be negative");
    }
  }

  @Test
  void aQuantityTimesPriceThatOverflowsIsAFieldError() {
    refused(
        () -> OrderLine.of(OrderLineType.PHYSICAL, "A", Long.MAX_VALUE, 2, 0),
        "total_amount",
        "quantity × unit_price overflows");
  }

  private static OrderLine physical(
      long quantity, long unitPrice, int taxRate, long total, long discount, long tax) {
    return line(OrderLineType.PHYSICAL, quantity, unitPrice, taxRate, total, discount, tax);
  }

  private static OrderLine reducing(
      OrderLineType type, long unitPrice, long total, int taxRate, long tax) {
    return line(type, 1, unitPrice, taxRate, total, 0, tax);
  }

  private static OrderLine line(
      OrderLineType type,
      long quantity,
      long unitPrice,
      int taxRate,
      long total,
      long discount,
      long tax) {
    return new OrderLine(type, null, "A", quantity, unitPrice, taxRate, total, discount, tax);
  }

  private static void accepted(ThrowingCallable create) {
    assertThatCode(create).doesNotThrowAnyException();
  }

  private static void refused(ThrowingCallable create, String field, String reason) {
    assertThatThrownBy(create)
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).contains(reason);
            });
  }
}
