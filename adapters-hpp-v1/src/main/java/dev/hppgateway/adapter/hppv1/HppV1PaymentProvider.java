package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.RefundOrCancelRequest;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.ProviderRefs;
import java.util.Optional;

/**
 * A provider whose pages are HPP v1 sessions over its own payment object (a KP payment session, a
 * KCO order): everything done to the page itself (read, disable, distribute, status callback) is
 * the same HPP v1 call for Klarna and Kustom, so it is written once here. Subclasses say what they
 * can, create the payment object and add what follows a completion.
 */
public abstract class HppV1PaymentProvider implements PaymentProvider, AutoCloseable {
  /** The raw status of a page the HPP API has just created (the create answer carries none). */
  private static final String CREATED_STATUS = "WAITING";

  protected final ProviderHttpClient http;
  protected final HppSessionsClient hpp;
  private final ProviderCapabilities capabilities;

  /** The provider's id is the connection's. */
  protected HppV1PaymentProvider(ProviderConnection connection, ProviderCapabilities capabilities) {
    this.http = new ProviderHttpClient(connection);
    this.hpp = new HppSessionsClient(http);
    this.capabilities = capabilities;
  }

  @Override
  public ProviderId id() {
    return http.provider();
  }

  @Override
  public ProviderCapabilities capabilities() {
    return capabilities;
  }

  /**
   * Opens the page over the payment object at {@code paymentPath}{@code paymentRef} on the
   * configured host; the answer's refs are the page's id and {@code paymentRef}.
   *
   * @param placeOrderMode sent as the page's place_order_mode; null leaves it out
   */
  protected CreatedProviderSession openPage(
      HppSessionDraft draft, String paymentPath, String paymentRef, PlaceOrderMode placeOrderMode) {
    HppCreatedSession page = hpp.create(new HppPageRequest(
        http.baseUrl() + paymentPath + PathSegment.encode(paymentRef),
        draft.merchantUrls(), draft.options(), placeOrderMode));
    return new CreatedProviderSession(
        new ProviderRefs(page.sessionId(), paymentRef), page.shopperLinks(), CREATED_STATUS, page.expiresAt());
  }

  @Override
  public ProviderObservation fetchStatus(HppSession session) {
    return hpp.observe(session.providerRefs().hppSessionId());
  }

  @Override
  public void disable(HppSession session) {
    hpp.disable(session.providerRefs().hppSessionId());
  }

  @Override
  public void distribute(HppSession session, DistributionRequest request) {
    hpp.distribute(session.providerRefs().hppSessionId(), session.links().distributionUrl(), request);
  }

  /** Neither KP nor KCO pages cancel or refund; the capabilities say so, and the core checks them. */
  @Override
  public ProviderObservation refundOrCancel(HppSession session, RefundOrCancelRequest request) {
    throw new UnsupportedOperationException(id() + " cannot cancel or refund pages (see its capabilities)");
  }

  @Override
  public Optional<CallbackHint> parseCallback(ProviderCallback callback) {
    return Optional.of(hpp.parseStatusCallback(callback.body()));
  }

  @Override
  public void close() {
    http.close();
  }
}
