package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentOrderTest {
  private final OrderLine shoes = OrderLine.of(OrderLineType.PHYSICAL, "Shoes", 2, 10_000, 2500);
  private final OrderLine shipping =
      OrderLine.of(OrderLineType.SHIPPING_FEE, "Shipping", 1, 4_900, 2500);
  private final OrderLine discount =
      new OrderLine(OrderLineType.DISCOUNT, null, "Promo", 1, -2_000, 2500, -2_000, 0, -400);

  @Test
  void linesAddUpToTheAmountAndTax() {
    long tax = shoes.totalTaxAmount() + shipping.totalTaxAmount() + discount.totalTaxAmount();
    PaymentOrder order =
        new PaymentOrder(
            Money.of(22_900, "SEK"),
            Money.of(tax, "SEK"),
            List.of(shoes, shipping, discount),
            "SE",
            "sv-SE");
    assertThat(order.lines()).hasSize(3);
    assertThat(shoes.totalTaxAmount()).isEqualTo(4_000);
    assertThat(shipping.totalTaxAmount()).isEqualTo(980);
  }

  @Test
  void linesThatDoNotAddUpAreRejected() {
    assertThatThrownBy(
            () ->
                new PaymentOrder(
                    Money.of(20_001, "SEK"), Money.of(4_000, "SEK"), List.of(shoes), "SE", "sv-SE"))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("order_lines");
              assertThat(e.reason()).contains("20000").contains("20001");
            });
  }

  @Test
  void taxThatDoesNotAddUpIsRejected() {
    assertThatThrownBy(
            () ->
                new PaymentOrder(
                    Money.of(20_000, "SEK"), Money.of(3_999, "SEK"), List.of(shoes), "SE", "sv-SE"))
        .hasMessageContaining("total_tax_amount of the lines adds up to 4000");
  }

  @Test
  void amountMustBePositiveAndCurrenciesMatch() {
    assertThatThrownBy(
            () ->
                new PaymentOrder(
                    Money.of(0, "SEK"), Money.of(0, "SEK"), List.of(shoes), "SE", "sv-SE"))
        .hasMessageContaining("amount: must be greater than zero");
    assertThatThrownBy(
            () ->
                new PaymentOrder(
                    Money.of(20_000, "SEK"), Money.of(4_000, "EUR"), List.of(shoes), "SE", "sv-SE"))
        .hasMessageContaining("tax_amount");
  }

  @Test
  void lineCountIsBounded() {
    assertThatThrownBy(
            () ->
                new PaymentOrder(Money.of(1, "SEK"), Money.of(0, "SEK"), List.of(), "SE", "sv-SE"))
        .hasMessageContaining("at least one line");
    OrderLine cent = OrderLine.of(OrderLineType.DIGITAL, "Sticker", 1, 1, 0);
    List<OrderLine> tooMany = Collections.nCopies(PaymentOrder.MAX_LINES + 1, cent);
    assertThatThrownBy(
            () ->
                new PaymentOrder(Money.of(1001, "SEK"), Money.of(0, "SEK"), tooMany, "SE", "sv-SE"))
        .hasMessageContaining("at most 1000");
  }

  @Test
  void nullLinesAndCategoriesAreFieldErrorsNotCrashes() {
    List<OrderLine> withNull = new java.util.ArrayList<>();
    withNull.add(shoes);
    withNull.add(null);
    assertThatThrownBy(
            () ->
                new PaymentOrder(
                    Money.of(20_000, "SEK"), Money.of(4_000, "SEK"), withNull, "SE", "sv-SE"))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("order_lines[1]"));
    List<String> categories = new java.util.ArrayList<>();
    categories.add(null);
    assertThatThrownBy(
            () -> PageOptions.of(java.util.Map.of("payment_method_categories", categories)))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("options.payment_method_categories[0]"));
  }

  @Test
  void countryAndLocaleAreChecked() {
    assertThatThrownBy(
            () ->
                new PaymentOrder(
                    Money.of(20_000, "SEK"), Money.of(4_000, "SEK"), List.of(shoes), "se", "sv-SE"))
        .hasMessageContaining("purchase_country");
    assertThatThrownBy(
            () ->
                new PaymentOrder(
                    Money.of(20_000, "SEK"), Money.of(4_000, "SEK"), List.of(shoes), "SE", "sv_SE"))
        .hasMessageContaining("locale");
  }
}
