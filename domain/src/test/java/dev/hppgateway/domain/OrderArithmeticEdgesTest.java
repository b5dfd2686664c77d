package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values near the ends of the long range: every overflow in an order is a field error naming the
 * field, never an {@link ArithmeticException}; Klarna's per-line limits and its tax rule hold
 * exactly, also where a double would round.
 */
class OrderArithmeticEdgesTest {
  private static final long MAX = Long.MAX_VALUE;
  private static final long MIN = Long.MIN_VALUE;

  static Stream<Arguments> lines() {
    return Stream.of(
        // type, quantity, unit price, total, discount, tax, field
        Arguments.of(OrderLineType.PHYSICAL, 1L, MAX, MAX, 0L, 0L, "unit_price"),
        Arguments.of(OrderLineType.DISCOUNT, 1L, MIN, MIN, 0L, 0L, "unit_price"),
        Arguments.of(OrderLineType.DISCOUNT, 2L, MIN, 0L, 0L, 0L, "unit_price"),
        Arguments.of(OrderLineType.GIFT_CARD, 3L, -MAX, MIN, 0L, 0L, "unit_price"),
        Arguments.of(OrderLineType.DISCOUNT, 1L, -2L, -2L, MAX, 0L, "total_discount_amount"),
        Arguments.of(OrderLineType.STORE_CREDIT, 5L, -1L, -5L, MAX, 0L, "total_discount_amount"),
        Arguments.of(OrderLineType.PHYSICAL, 1L, 100L, MAX, 0L, 0L, "total_amount"),
        Arguments.of(OrderLineType.DISCOUNT, 1L, -100L, MIN, 0L, 0L, "total_amount"),
        Arguments.of(
            OrderLineType.PHYSICAL, 2L, 100_000_001L, 200_000_002L, 0L, 0L, "total_amount"),
        Arguments.of(
            OrderLineType.DISCOUNT, 2L, -100_000_001L, -200_000_002L, 0L, 0L, "total_amount"),
        Arguments.of(OrderLineType.PHYSICAL, 1L, 100L, 100L, 0L, MAX, "total_tax_amount"),
        Arguments.of(OrderLineType.DISCOUNT, 1L, -100L, -100L, 0L, MIN, "total_tax_amount"),
        Arguments.of(OrderLineType.PHYSICAL, MAX, 1L, MAX, 0L, 0L, "quantity"));
  }

  @ParameterizedTest(name = "{0} {1} × {2}, total {3}, discount {4}, tax {5} → {6}")
  @MethodSource("lines")
  void anOverflowingLineIsAFieldError(
      OrderLineType type,
      long quantity,
      long unitPrice,
      long total,
      long discount,
      long tax,
      String field) {
    assertThatThrownBy(
            () ->
                new OrderLine(type, null, "Line", quantity, unitPrice, 2500, total, discount, tax))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @ParameterizedTest(name = "{0} × {1} → {2}")
  @MethodSource("products")
  void aLineFromQuantityAndPriceNamesTheFieldThatOverflows(
      long quantity, long unitPrice, String field) {
    assertThatThrownBy(() -> OrderLine.of(OrderLineType.PHYSICAL, "Line", quantity, unitPrice, 0))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  static Stream<Arguments> products() {
    return Stream.of(
        Arguments.of(1_000_000L, MAX, "total_amount"),
        Arguments.of(MAX, MAX, "total_amount"),
        Arguments.of(2L, 100_000_001L, "total_amount"),
        Arguments.of(1L, OrderLine.MAX_UNIT_PRICE + 1, "unit_price"));
  }

  @org.junit.jupiter.api.Test
  void theLimitsThemselvesAreAccepted() {
    OrderLine top = OrderLine.of(OrderLineType.PHYSICAL, "Top", 1, OrderLine.MAX_UNIT_PRICE, 2500);
    assertThat(top.totalAmount()).isEqualTo(OrderLine.MAX_TOTAL_AMOUNT);
    OrderLine bottom =
        new OrderLine(
            OrderLineType.GIFT_CARD,
            null,
            "Card",
            1,
            -OrderLine.MAX_UNIT_PRICE,
            0,
            -OrderLine.MAX_TOTAL_AMOUNT,
            0,
            0);
    assertThat(bottom.totalAmount()).isEqualTo(-200_000_000L);
  }

  @org.junit.jupiter.api.Test
  void theLargestOrderAddsUpWithoutOverflow() {
    OrderLine top = OrderLine.of(OrderLineType.PHYSICAL, "Top", 1, OrderLine.MAX_UNIT_PRICE, 2500);
    List<OrderLine> lines = java.util.Collections.nCopies(PaymentOrder.MAX_LINES, top);
    PaymentOrder order =
        new PaymentOrder(
            Money.of(OrderLine.MAX_TOTAL_AMOUNT * PaymentOrder.MAX_LINES, "SEK"),
            Money.of(top.totalTaxAmount() * PaymentOrder.MAX_LINES, "SEK"),
            lines,
            "SE",
            "sv-SE");
    assertThat(order.amount().minorUnits()).isEqualTo(200_000_000_000L);
  }

  /** Whatever the numbers, a line is built or refused with a field error; nothing else escapes. */
  @Property(tries = 2000)
  void anyLineIsBuiltOrAFieldError(
      @ForAll("types") OrderLineType type,
      @ForAll("edgy") long quantity,
      @ForAll("edgy") long unitPrice,
      @ForAll @IntRange(min = 0, max = 10_000) int taxRate,
      @ForAll("edgy") long total,
      @ForAll("edgy") long discount,
      @ForAll("edgy") long tax) {
    try {
      new OrderLine(type, null, "Line", quantity, unitPrice, taxRate, total, discount, tax);
    } catch (DomainValidationException refused) {
      assertThat(refused.field()).isNotBlank();
    }
    try {
      OrderLine.of(type, "Line", quantity, unitPrice, taxRate);
    } catch (DomainValidationException refused) {
      assertThat(refused.field()).isNotBlank();
    }
  }

  /** The tax is t·r/(10000+r) rounded half up, exactly, over the whole long range. */
  @Property(tries = 2000)
  void expectedTaxIsExactForEveryTotal(
      @ForAll("edgy") long total, @ForAll @IntRange(min = 0, max = 10_000) int taxRate) {
    BigDecimal exact =
        new BigDecimal(BigInteger.valueOf(total).multiply(BigInteger.valueOf(taxRate)))
            .divide(BigDecimal.valueOf(10_000L + taxRate), 0, RoundingMode.HALF_UP);
    assertThat(OrderLine.expectedTax(total, taxRate)).isEqualTo(exact.longValueExact());
  }

  @org.junit.jupiter.api.Test
  void expectedTaxAboveTwoToThe53IsExact() {
    // 2^53 + 1 at 25%: the tax is a fifth, 1801439850948198.6, so 1801439850948199.
    assertThat(OrderLine.expectedTax(9_007_199_254_740_993L, 2500))
        .isEqualTo(1_801_439_850_948_199L);
    assertThat(OrderLine.expectedTax(MAX, 10_000)).isEqualTo(MAX / 2 + 1);
  }

  @Provide
  Arbitrary<Long> edgy() {
    return Arbitraries.oneOf(
        Arbitraries.longs(),
        Arbitraries.longs().between(-400_000_000L, 400_000_000L),
        Arbitraries.longs().between(MAX - 1000, MAX),
        Arbitraries.longs().between(MIN, MIN + 1000),
        Arbitraries.of(0L, 1L, -1L, 200_000_000L, -200_000_000L, 200_000_001L, 1L << 53));
  }

  @Provide
  Arbitrary<OrderLineType> types() {
    return Arbitraries.of(OrderLineType.class);
  }
}
