package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The order's bounds at their edges: the last accepted value passes and the next one is a field
 * error naming the field and the bound.
 */
class PaymentOrderBoundsTest {
  /** 1 at 100%: the exact tax is 0.5, so a tax of 1 (the whole amount) is within 1 of it. */
  private static final OrderLine ALL_TAX =
      new OrderLine(OrderLineType.PHYSICAL, null, "A", 1, 1, 10_000, 1, 0, 1);

  @Test
  void theSmallestAmountIsOneMinorUnit() {
    OrderLine cent = OrderLine.of(OrderLineType.DIGITAL, "Sticker", 1, 1, 0);
    accepted(() -> order(1, 0, List.of(cent)));
  }

  @Test
  void taxMayBeTheWholeAmountButNotMore() {
    accepted(() -> order(1, 1, List.of(ALL_TAX)));
    // The lines' tax (1) would not add up to 2 either; the bound is what refuses it first.
    refused(() -> order(1, 2, List.of(ALL_TAX)), "tax_amount", "must not exceed the amount");
  }

  @Test
  void negativeTaxIsRefusedEvenWhenTheLinesAddUpToIt() {
    // A line of 10 without tax and a discount of −5 whose tax is −1: the lines' tax is −1.
    OrderLine item = OrderLine.of(OrderLineType.PHYSICAL, "A", 1, 10, 0);
    OrderLine promo = new OrderLine(OrderLineType.DISCOUNT, null, "P", 1, -5, 2500, -5, 0, -1);
    refused(() -> order(5, -1, List.of(item, promo)), "tax_amount", "must not be negative");
  }

  @Test
  void aThousandLinesAreAcceptedAndOneMoreIsNot() {
    OrderLine cent = OrderLine.of(OrderLineType.DIGITAL, "Sticker", 1, 1, 0);
    accepted(
        () -> order(PaymentOrder.MAX_LINES, 0, Collections.nCopies(PaymentOrder.MAX_LINES, cent)));
    refused(
        () ->
            order(
                PaymentOrder.MAX_LINES + 1,
                0,
                Collections.nCopies(PaymentOrder.MAX_LINES + 1, cent)),
        "order_lines",
        "must hold at most 1000 lines");
  }

  @Test
  void missingPartsAreNamed() {
    OrderLine cent = OrderLine.of(OrderLineType.DIGITAL, "Sticker", 1, 1, 0);
    Money one = Money.of(1, "SEK");
    Money none = Money.of(0, "SEK");
    refused(() -> new PaymentOrder(one, none, null, "SE", "sv-SE"), "order_lines", "is required");
    refused(
        () -> new PaymentOrder(one, none, List.of(cent), null, "sv-SE"),
        "purchase_country",
        "is required");
    refused(() -> new PaymentOrder(one, none, List.of(cent), "SE", null), "locale", "is required");
  }

  @Test
  void theLinesAreCopiedSoALaterChangeDoesNotReachTheOrder() {
    OrderLine cent = OrderLine.of(OrderLineType.DIGITAL, "Sticker", 1, 1, 0);
    List<OrderLine> lines = new java.util.ArrayList<>(List.of(cent));
    PaymentOrder order = order(1, 0, lines);
    lines.add(cent);
    assertThat(order.lines()).hasSize(1);
    assertThat(order.currencyCode()).isEqualTo("SEK");
  }

  private static PaymentOrder order(long amount, long tax, List<OrderLine> lines) {
    return new PaymentOrder(Money.of(amount, "SEK"), Money.of(tax, "SEK"), lines, "SE", "sv-SE");
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
