package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.adapter.providerhttp.PathSegment;
import dev.hppgateway.adapter.providerhttp.ProviderAuth;
import dev.hppgateway.adapter.providerhttp.ProviderConnection;
import dev.hppgateway.adapter.providerhttp.ProviderHttpClient;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.ProviderRefs;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The pages of a provider whose pages are HPP v1 sessions over its own payment object (a KP payment
 * session, a KCO order): everything done to the page itself (open, read, disable, distribute,
 * status callback) is the same HPP v1 call for Klarna and Kustom, so each of their providers holds
 * one of these and delegates to it. It also hands out its HTTP client (HTTP Basic, Klarna-style
 * error bodies) for the provider's own calls on the same host.
 */
public final class HppPages implements AutoCloseable {
  /** The raw status of a page the HPP API has just created (the create answer carries none). */
  private static final String CREATED_STATUS = "WAITING";

  private final ProviderHttpClient http;
  private final HppSessionsClient sessions;
  private final Clock clock;

  /**
   * Calls the provider at {@code connection}, whose errors come as {@code {error_code,
   * error_messages[], correlation_id}}.
   */
  public HppPages(ProviderConnection connection) {
    this(connection, Clock.systemUTC());
  }

  /** As {@link #HppPages(ProviderConnection)}; {@code clock} tells whether a page has expired. */
  public HppPages(ProviderConnection connection, Clock clock) {
    this.http = new ProviderHttpClient(connection, new KlarnaErrorReader());
    this.sessions = new HppSessionsClient(http);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The client for the provider's own calls (payment session, order) on the same host. */
  public ProviderHttpClient http() {
    return http;
  }

  /**
   * Opens the page over the payment object at {@code paymentPath}{@code paymentRef} on the
   * configured host; the answer's refs are the page's id, {@code paymentRef} and its session_url.
   *
   * @param placeOrderMode sent as the page's place_order_mode; null leaves it out
   */
  public CreatedProviderSession open(
      PageRequest draft, String paymentPath, String paymentRef, PlaceOrderMode placeOrderMode) {
    return openOver(
        draft,
        http.baseUrl() + paymentPath + PathSegment.encode(paymentRef),
        paymentRef,
        placeOrderMode);
  }

  /**
   * Opens the page over the payment object at {@code paymentSessionUrl}, the absolute API URL the
   * provider answered for it (a KCO order's location); the answer's refs are the page's id, {@code
   * paymentRef} and its session_url.
   *
   * @param placeOrderMode sent as the page's place_order_mode; null leaves it out
   */
  public CreatedProviderSession openOver(
      PageRequest draft,
      String paymentSessionUrl,
      String paymentRef,
      PlaceOrderMode placeOrderMode) {
    HppCreatedSession page =
        sessions.create(
            new HppPageRequest(
                paymentSessionUrl, draft.merchantUrls(), draft.options(), placeOrderMode));
    return new CreatedProviderSession(
        new ProviderRefs(page.sessionId(), paymentRef, page.sessionUrl()),
        page.shopperLinks(),
        CREATED_STATUS,
        page.expiresAt());
  }

  /**
   * The page's status, read at its session_url (on the configured host; the documented path
   * otherwise). A 404 after the page's expires_at reads as EXPIRED with raw status NOT_FOUND; a 404
   * before it is a {@link
   * dev.hppgateway.application.port.out.provider.ProviderUnavailableException} (retry).
   */
  public ProviderObservation observe(PageView session) {
    return sessions.observe(
        session.providerRefs().hppSessionId(),
        session.providerRefs().pageUrl(),
        session.expiresAt(),
        clock.instant());
  }

  /** Turns the page off at its session_url (on the configured host; the documented path else). */
  public void disable(PageView session) {
    sessions.disable(session.providerRefs().hppSessionId(), session.providerRefs().pageUrl());
  }

  public void distribute(PageView session, DistributionRequest request) {
    sessions.distribute(
        session.providerRefs().hppSessionId(), session.links().distributionUrl(), request);
  }

  /** Reads the HPP status callback {@code {event_id, session:{session_id, status}}}. */
  public CallbackHint parseStatusCallback(ProviderCallback callback) {
    return sessions.parseStatusCallback(callback.body());
  }

  @Override
  public void close() {
    http.close();
  }

  /** The HTTP Basic connection Klarna's and Kustom's APIs take, for {@code provider}. */
  public static ProviderConnection basicConnection(
      ProviderId provider,
      String baseUrl,
      String username,
      String password,
      Duration connectTimeout,
      Duration readTimeout) {
    return new ProviderConnection(
        provider, baseUrl, ProviderAuth.basic(username, password), connectTimeout, readTimeout);
  }

  /**
   * The connection settings a Klarna or Kustom config shows in its {@code toString()}; the password
   * never appears.
   */
  public static String describeConnection(
      String baseUrl, String username, Duration connectTimeout, Duration readTimeout) {
    return "baseUrl=%s, username=%s, password=***, connectTimeout=%s, readTimeout=%s"
        .formatted(baseUrl, username, connectTimeout, readTimeout);
  }
}
