package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import java.util.Optional;

/**
 * The provider SPI's required part: one implementation per payment provider, the only code that
 * knows its wire format. What a provider can do beyond creating, reading and hearing about a page
 * is an optional capability interface it implements only when it can: {@link DisablesPages}, {@link
 * DistributesLinks}, {@link RefundsPayments}, {@link CancelsPayments}, {@link CompletesOrders}. The
 * core asks for a capability by type, so a missing one is a clean "not supported" answer and never
 * an exception from an adapter stub.
 *
 * <p>Failures are {@link ProviderException}s of three kinds (rejected, unavailable, malformed
 * answer); nothing an implementation throws may carry credentials. Adapters see read-only views
 * ({@link PageRequest}, {@link PageView}), never the aggregate.
 */
public interface PaymentProvider extends AutoCloseable {

  ProviderId id();

  /**
   * What the core checks a request against before calling: URL kinds, placeholders, options,
   * lifetime.
   */
  ProviderCapabilities capabilities();

  /**
   * Creates the provider's payment session/order and its hosted page. The request has been checked
   * against {@link #capabilities()}; its status-update URL (when the provider takes one) points at
   * the gateway.
   */
  CreatedProviderSession createPage(PageRequest request);

  /**
   * Reads the page's status from the provider's API. A page the provider no longer knows after its
   * expiry is reported as {@code EXPIRED}; unknown raw statuses as {@code UNKNOWN}.
   */
  ProviderObservation readPage(PageView page);

  /**
   * Reads a callback the provider sent. The result is a hint only: callbacks are unsigned, so the
   * gateway confirms with {@link #readPage} before changing anything. Empty when the callback is
   * not about a page (e.g. an Optty event for a non-link order).
   *
   * @throws ProviderMalformedAnswerException when the body cannot be read
   */
  Optional<CallbackHint> parseCallback(ProviderCallback callback);

  /** Releases what the adapter holds (HTTP clients); closing twice is harmless. */
  @Override
  default void close() {}
}
