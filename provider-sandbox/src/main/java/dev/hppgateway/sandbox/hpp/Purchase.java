package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.Amounts;
import dev.hppgateway.sandbox.ShopperPage;
import java.util.List;

/** The purchase behind a KP payment session or a KCO order. */
record Purchase(
    String purchaseCountry,
    String purchaseCurrency,
    String locale,
    long orderAmount,
    long orderTaxAmount,
    List<PurchaseLine> orderLines,
    String merchantReference1,
    String merchantReference2) {

  String formattedAmount() {
    return Amounts.format(orderAmount, purchaseCurrency);
  }

  List<ShopperPage.Line> pageLines() {
    return orderLines.stream()
        .map(
            line ->
                new ShopperPage.Line(
                    line.name(),
                    line.quantity(),
                    Amounts.format(line.totalAmount(), purchaseCurrency)))
        .toList();
  }
}
