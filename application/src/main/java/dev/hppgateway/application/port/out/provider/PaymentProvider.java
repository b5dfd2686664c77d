package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import java.util.Optional;

/**
 * The provider SPI: one implementation per payment provider, the only code that knows its wire
 * format. Failures are {@link ProviderException}s of three kinds (rejected, unavailable,
 * malformed answer); nothing an implementation throws may carry credentials.
 */
public interface PaymentProvider {

  ProviderId id();

  ProviderCapabilities capabilities();

  /**
   * Creates the provider's payment session/order and its hosted page. The draft has been checked
   * against {@link #capabilities()}; its status-update URL points at the gateway.
   */
  CreatedProviderSession createSession(HppSessionDraft draft);

  /**
   * Reads the page's status from the provider's API. A page the provider no longer knows after its
   * expiry is reported as {@code EXPIRED}; unknown raw statuses as {@code UNKNOWN}.
   */
  ProviderObservation fetchStatus(HppSession session);

  /** Turns the page off. Only called when {@link ProviderCapabilities#disable()} is true. */
  void disable(HppSession session);

  /** Asks the provider to send the page's link to the shopper. */
  void distribute(HppSession session, DistributionRequest request);

  /**
   * Cancels an unpaid payment or refunds a paid one and returns the resulting status
   * ({@code CANCELLED} or {@code REFUNDED}). Only called when capabilities allow it.
   */
  ProviderObservation refundOrCancel(HppSession session, RefundOrCancelRequest request);

  /**
   * Reads a callback the provider sent. The result is a hint only: callbacks are unsigned, so the
   * gateway confirms with {@link #fetchStatus} before changing anything. Empty when the callback
   * is not about a page (e.g. an Optty event for a non-link order).
   *
   * @throws ProviderMalformedAnswerException when the body cannot be read
   */
  Optional<CallbackHint> parseCallback(ProviderCallback callback);

  /**
   * Work the provider needs after the shopper completed: KP places the order with the
   * authorization token (when configured to), KCO acknowledges the order. Must be idempotent:
   * it is called again when an earlier call failed or the provider pushed again.
   *
   * @return the order id the provider placed, if any
   */
  default Optional<String> afterCompleted(HppSession session) {
    return Optional.empty();
  }
}
