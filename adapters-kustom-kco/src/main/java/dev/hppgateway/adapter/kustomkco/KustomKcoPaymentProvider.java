package dev.hppgateway.adapter.kustomkco;

import dev.hppgateway.adapter.hppv1.HppPageLifetime;
import dev.hppgateway.adapter.hppv1.HppPages;
import dev.hppgateway.adapter.hppv1.HppV1Options;
import dev.hppgateway.adapter.hppv1.HppV1Orders;
import dev.hppgateway.adapter.providerhttp.PathSegment;
import dev.hppgateway.adapter.providerhttp.ProviderHttpAnswer;
import dev.hppgateway.adapter.providerhttp.ProviderHttpClient;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.PlaceholderRule;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.UrlKind;
import io.micronaut.http.HttpMethod;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kustom Checkout behind a Hosted Payment Page: a KCO order ({@code /checkout/v3}), the HPP session
 * over it ({@code /hpp/v1}), the order's push, and the acknowledge that stops the pushes ({@code
 * /ordermanagement/v1}) (PROVIDERS.md §1, §3). The page itself is {@link HppPages}' business; this
 * class adds the KCO calls around it.
 */
public final class KustomKcoPaymentProvider
    implements PaymentProvider, DisablesPages, DistributesLinks, CompletesOrders {
  public static final ProviderId ID = ProviderId.of("kustom-kco");

  private static final String ORDERS = "/checkout/v3/orders";

  /**
   * KCO's answer to acknowledging an order that is already acknowledged: HTTP 400 or 409 with error
   * code NOT_ALLOWED (unverified: Kustom does not document it; matched on status and code, never on
   * the message text).
   */
  static final Set<Integer> ALREADY_ACKNOWLEDGED_STATUSES = Set.of(400, 409);

  static final String ALREADY_ACKNOWLEDGED_CODE = "NOT_ALLOWED";

  /**
   * A KCO order expires 48 h after its last update; the page is made with the order (PROVIDERS.md
   * §1).
   */
  static final Duration KCO_ORDER_LIFETIME = Duration.ofHours(48);

  /**
   * PROVIDERS.md §1: {{session_id}} and {{order_id}} in every redirect; the HPP v1 options but
   * place_order_mode, which is KP only (a KCO order is placed by the checkout itself).
   */
  static final ProviderCapabilities CAPABILITIES =
      ProviderCapabilities.builder()
          .urlKinds(EnumSet.allOf(UrlKind.class))
          .placeholder(PlaceholderRule.everywhere(Placeholder.SESSION_ID))
          .placeholder(PlaceholderRule.everywhere(Placeholder.ORDER_ID))
          .options(HppV1Options.check(Map.of(HppV1Options.PLACE_ORDER_MODE, "KP only")))
          .order(HppV1Orders.check())
          .multiplePagesPerPayment(false)
          .pageLifetime(HppPageLifetime.before(KCO_ORDER_LIFETIME))
          .build();

  private final KustomKcoConfig config;

  /** The page, and the client for the KCO calls on the same host. */
  private final HppPages pages;

  public KustomKcoPaymentProvider(KustomKcoConfig config) {
    this.config = config;
    this.pages = new HppPages(config.connection());
  }

  @Override
  public ProviderCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public CreatedProviderSession createPage(PageRequest draft) {
    // Refused before any call even when the core's validateFor was skipped.
    CAPABILITIES.checkOrder(draft.order(), ID);
    ProviderHttpClient http = pages.http();
    String op = "create KCO order";
    KcoOrderBody body =
        KcoOrderBody.of(
            draft.order(),
            draft.merchantReference(),
            draft.id().value(),
            KcoOrderUrls.of(draft.merchantUrls(), config));
    ProviderHttpAnswer answer = http.exchange(op, HttpMethod.POST, ORDERS, body);
    KcoOrderAnswer order = http.success(op, answer, KcoOrderAnswer.class);
    String orderId = http.required(order.orderId(), "order_id", op);
    // place_order_mode is KP only: left out for KCO orders.
    return pages.openOver(draft, orderUrl(http, answer, orderId), orderId, null);
  }

  /**
   * The order's API URL for the HPP's payment_session_url, as KCO answered it: the create answer's
   * {@code Location} header (resolved against the configured base URL when relative); the
   * documented {@code /checkout/v3/orders/{order_id}} on the configured host only when it sent
   * none.
   */
  static String orderUrl(ProviderHttpClient http, ProviderHttpAnswer answer, String orderId) {
    String location = answer.location();
    if (location != null && !location.isBlank()) {
      try {
        URI uri = URI.create(location.trim());
        if (uri.isAbsolute()) {
          return uri.toString();
        }
        if (uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
          return URI.create(http.baseUrl()).resolve(uri).toString();
        }
      } catch (IllegalArgumentException e) {
        // An unreadable Location: fall back to the documented path below.
      }
    }
    return http.baseUrl() + ORDERS + "/" + PathSegment.encode(orderId);
  }

  /** The HPP read; a completed page whose read names no order is about the page's own order. */
  @Override
  public ProviderObservation readPage(PageView session) {
    ProviderObservation observation = pages.observe(session);
    if (observation.normalized() == HppStatus.COMPLETED && observation.orderId() == null) {
      return new ProviderObservation(
          observation.normalized(),
          observation.raw(),
          observation.authorizationToken(),
          session.providerRefs().paymentRef());
    }
    return observation;
  }

  /** A push ({@code /push?order_id=…}) names the order; anything else is an HPP status callback. */
  @Override
  public Optional<CallbackHint> parseCallback(ProviderCallback callback) {
    Optional<String> pushed = PushCallback.orderId(callback.path());
    if (pushed.isPresent()) {
      return Optional.of(new CallbackHint(null, null, pushed.get(), null));
    }
    return Optional.of(pages.parseStatusCallback(callback));
  }

  /**
   * Acknowledges the order so KCO stops pushing it. Repeats are harmless: the "already
   * acknowledged" refusal (HTTP 400 or 409, error code NOT_ALLOWED) counts as success.
   */
  @Override
  public Optional<String> completeOrder(PageView session) {
    String orderId = session.providerRefs().paymentRef();
    ProviderHttpClient http = pages.http();
    String op = "acknowledge KCO order";
    ProviderHttpAnswer answer =
        http.exchange(
            op,
            HttpMethod.POST,
            "/ordermanagement/v1/orders/" + PathSegment.encode(orderId) + "/acknowledge",
            null);
    if (!answer.isSuccess()) {
      ProviderException failure = http.failure(op, answer);
      if (!(failure instanceof ProviderRejectedException rejected
          && alreadyAcknowledged(rejected))) {
        throw failure;
      }
    }
    return Optional.of(orderId);
  }

  @Override
  public void close() {
    pages.close();
  }

  @Override
  public void disablePage(PageView page) {
    pages.disable(page);
  }

  /** The HPP API sends a KCO page's link by sms or email. */
  @Override
  public Set<DistributionMethod> distributionMethods() {
    return EnumSet.of(DistributionMethod.SMS, DistributionMethod.EMAIL);
  }

  @Override
  public void distribute(PageView page, DistributionRequest request) {
    pages.distribute(page, request);
  }

  /** Recognised by HTTP status and error code, never by the wording of the message. */
  static boolean alreadyAcknowledged(ProviderRejectedException rejected) {
    return ALREADY_ACKNOWLEDGED_STATUSES.contains(rejected.httpStatus())
        && ALREADY_ACKNOWLEDGED_CODE.equals(rejected.errorCode());
  }
}
