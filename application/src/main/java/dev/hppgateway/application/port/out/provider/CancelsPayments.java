package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderObservation;

/** A provider that can cancel an unpaid page's payment, so the page can no longer be paid. */
public interface CancelsPayments {

  /** Cancels the unpaid payment behind the page and returns what the provider then says. */
  ProviderObservation cancel(PageView page, CancelRequest request);
}
