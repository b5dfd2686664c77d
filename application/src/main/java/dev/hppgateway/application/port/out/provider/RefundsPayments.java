package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderObservation;

/** A provider that can refund a paid page's payment, in full or in part. */
public interface RefundsPayments {

  /**
   * Refunds {@code request.amount()} of the payment behind a completed page. The answer is about
   * this refund, not the page: {@code REFUNDED} means the provider made it (the gateway then adds
   * its amount to the page's refunded total; the page becomes REFUNDED when the total reaches its
   * amount), anything else (such as {@code UNKNOWN} with raw {@code REFUND_PENDING}) that it is not
   * confirmed, and nothing is counted. The request's reference is stable for a retry, so a retried
   * refund is recognised by the provider and not paid out twice.
   */
  ProviderObservation refund(PageView page, RefundRequest request);
}
