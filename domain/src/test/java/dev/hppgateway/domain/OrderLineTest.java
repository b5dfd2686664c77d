package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderLineTest {

  @ParameterizedTest(name = "{0} at {1} → tax {2}")
  @CsvSource({
    "10000, 2500, 2000",
    "12500, 2500, 2500",
    "999, 2500, 200",
    "10000, 0, 0",
    "10000, 1200, 1071",
    "-2000, 2500, -400"
  })
  void taxIsTheIncludedShare(long total, int rate, long tax) {
    assertThat(OrderLine.expectedTax(total, rate)).isEqualTo(tax);
  }

  @Test
  void taxWithinOneMinorUnitIsAccepted() {
    // 999 at 25%: the exact tax is 999 - 999 * 10000 / 12500 = 199.8, so 199 and 200 are within 1.
    new OrderLine(OrderLineType.PHYSICAL, null, "A", 1, 999, 2500, 999, 0, 199);
    new OrderLine(OrderLineType.PHYSICAL, null, "A", 1, 999, 2500, 999, 0, 200);
    assertThatThrownBy(
            () -> new OrderLine(OrderLineType.PHYSICAL, null, "A", 1, 999, 2500, 999, 0, 202))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("total_tax_amount"));
  }

  @Test
  void taxIsMeasuredAgainstTheExactValueNotTheRoundedOne() {
    // Klarna's rule: within 1 of the exact 199.8. 201 is 1.2 away and 198 is 1.8 away, although
    // both are within 1 of the rounded 200 (201) or close to it.
    for (long tax : new long[] {201, 198}) {
      assertThatThrownBy(
              () -> new OrderLine(OrderLineType.PHYSICAL, null, "A", 1, 999, 2500, 999, 0, tax))
          .as("tax %d", tax)
          .isInstanceOfSatisfying(
              DomainValidationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("total_tax_amount");
                assertThat(e.reason()).contains("199.8");
              });
    }
    // A large total where the exact value is a whole number: the bound is inclusive.
    long total = 1_000_000_000L * 125;
    new OrderLine(
        OrderLineType.PHYSICAL, null, "A", 1, total / 1000, 2500, total / 1000, 0, 25_000_000 + 1);
  }

  @Test
  void totalIsQuantityTimesPriceLessDiscount() {
    new OrderLine(OrderLineType.PHYSICAL, "sku-1", "A", 3, 1000, 0, 2500, 500, 0);
    assertThatThrownBy(
            () -> new OrderLine(OrderLineType.PHYSICAL, null, "A", 3, 1000, 0, 3000, 500, 0))
        .hasMessageContaining(
            "total_amount: must equal quantity × unit_price − total_discount_amount = 2500");
  }

  @Test
  void discountsAreNegativeAndOthersAreNot() {
    assertThatThrownBy(
            () -> new OrderLine(OrderLineType.DISCOUNT, null, "Promo", 1, 500, 0, 500, 0, 0))
        .hasMessageContaining("must not be positive for a discount line");
    assertThatThrownBy(
            () -> new OrderLine(OrderLineType.PHYSICAL, null, "A", 1, -500, 0, -500, 0, 0))
        .hasMessageContaining("unit_price: must not be negative");
  }

  @Test
  void boundsAreEnforced() {
    assertThatThrownBy(() -> OrderLine.of(OrderLineType.PHYSICAL, "A", 0, 100, 0))
        .hasMessageContaining("quantity");
    assertThatThrownBy(
            () -> OrderLine.of(OrderLineType.PHYSICAL, "A", 1, OrderLine.MAX_UNIT_PRICE + 1, 0))
        .hasMessageContaining("unit_price");
    assertThatThrownBy(() -> OrderLine.of(OrderLineType.PHYSICAL, " ", 1, 100, 0))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> OrderLine.of(OrderLineType.PHYSICAL, "A", 1, 100, 10_001))
        .hasMessageContaining("tax_rate");
  }

  @Test
  void wireNamesRoundTrip() {
    for (OrderLineType type : OrderLineType.values()) {
      assertThat(OrderLineType.fromWireName(type.wireName())).isEqualTo(type);
    }
    assertThatThrownBy(() -> OrderLineType.fromWireName("PHYSICAL"))
        .hasMessageContaining("unknown order line type");
  }
}
