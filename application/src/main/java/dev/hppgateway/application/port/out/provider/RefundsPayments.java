package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderObservation;

/** A provider that can refund a paid page's payment. */
public interface RefundsPayments {

  /**
   * Refunds the payment behind a completed page and returns what the provider then says ({@code
   * REFUNDED} once done). The request's reference is stable per page, so a retried refund is
   * recognised by the provider and not paid out twice.
   */
  ProviderObservation refund(PageView page, RefundRequest request);
}
