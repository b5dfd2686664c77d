package dev.hppgateway.bench.jmh;

import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PaymentOrder;
import java.util.ArrayList;
import java.util.List;

/** The benchmarks' order: {@code lines} physical lines of 2 × 125.00 SEK at 25 % VAT. */
public final class Orders {
  private Orders() {}

  /** The lines, each validated by {@link OrderLine}'s constructor. */
  public static List<OrderLine> lines(int lines) {
    List<OrderLine> out = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      out.add(
          new OrderLine(
              OrderLineType.PHYSICAL,
              "SKU-" + i,
              "T-shirt size " + i,
              2,
              12_500,
              2500,
              25_000,
              0,
              OrderLine.expectedTax(25_000, 2500)));
    }
    return out;
  }

  /** A validated order of those lines in SEK, Sweden, sv-SE. */
  public static PaymentOrder order(List<OrderLine> lines) {
    long total = lines.stream().mapToLong(OrderLine::totalAmount).sum();
    long tax = lines.stream().mapToLong(OrderLine::totalTaxAmount).sum();
    return new PaymentOrder(Money.of(total, "SEK"), Money.of(tax, "SEK"), lines, "SE", "sv-SE");
  }
}
