package dev.hppgateway.application.port.out.provider;

import java.util.Optional;

/**
 * A provider that needs work once the shopper paid: Klarna Payments places the order with the
 * authorization token, Kustom Checkout acknowledges the order so it stops pushing it.
 */
public interface CompletesOrders {

  /**
   * Completes the paid page's order. Must be idempotent: it is called again when an earlier call
   * failed or the provider pushed again.
   *
   * @param paidPage the page as it is once the completion is applied
   * @return the order id the provider placed or acknowledged, if any
   */
  Optional<String> completeOrder(PageView paidPage);
}
