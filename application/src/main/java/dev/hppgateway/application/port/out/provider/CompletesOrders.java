package dev.hppgateway.application.port.out.provider;

import java.time.Duration;
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

  /**
   * How long after the shopper's authorization the order can still be completed (Klarna Payments:
   * the authorization token's 60 minutes). When present, a failed {@link #completeOrder} is marked
   * on the page and retried by the sweep with backoff until the window is over, then the merchant
   * gets {@code hpp_session.order_failed}; the page's authorization token is erased when the window
   * is over. Empty (the default): the provider asks again by itself (a KCO push) and the gateway
   * only retries when it does.
   */
  default Optional<Duration> completionWindow() {
    return Optional.empty();
  }
}
