package dev.hppgateway.adapter.klarnakp;

import dev.hppgateway.adapter.hppv1.HppPageLifetime;
import dev.hppgateway.adapter.hppv1.HppPages;
import dev.hppgateway.adapter.hppv1.HppV1Options;
import dev.hppgateway.adapter.hppv1.HppV1Orders;
import dev.hppgateway.adapter.hppv1.PlaceOrderMode;
import dev.hppgateway.adapter.hppv1.PurchaseBody;
import dev.hppgateway.adapter.providerhttp.PathSegment;
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
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.PlaceholderRule;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.UrlKind;
import io.micronaut.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Klarna Payments behind a Hosted Payment Page: a KP payment session ({@code /payments/v1}), the
 * HPP session over it ({@code /hpp/v1}), and, when configured, the order placed with the
 * authorization token after the shopper completed (PROVIDERS.md §1–2). The page itself is {@link
 * HppPages}' business; this class adds the KP calls around it.
 */
public final class KlarnaKpPaymentProvider
    implements PaymentProvider, DisablesPages, DistributesLinks, CompletesOrders {
  private static final Set<DistributionMethod> DISTRIBUTION =
      EnumSet.of(DistributionMethod.SMS, DistributionMethod.EMAIL);
  public static final ProviderId ID = ProviderId.of("klarna-kp");
  static final String IDEMPOTENCY_HEADER = "Klarna-Idempotency-Key";

  /** A KP payment session lives 48 h from its creation (PROVIDERS.md §1). */
  static final Duration KP_SESSION_LIFETIME = Duration.ofHours(48);

  /**
   * PROVIDERS.md §1: {{session_id}} in every redirect, {{authorization_token}} in the success URL,
   * {{order_id}} only when Klarna places the order itself (place_order_mode PLACE_ORDER or
   * CAPTURE_ORDER; left out it is NONE); every HPP v1 option, place_order_mode included.
   */
  static final ProviderCapabilities CAPABILITIES =
      ProviderCapabilities.builder()
          .urlKinds(EnumSet.allOf(UrlKind.class))
          .placeholder(PlaceholderRule.everywhere(Placeholder.SESSION_ID))
          .placeholder(
              PlaceholderRule.in(Placeholder.AUTHORIZATION_TOKEN, EnumSet.of(UrlKind.SUCCESS)))
          .placeholder(
              PlaceholderRule.whenOption(
                  Placeholder.ORDER_ID,
                  PlaceholderRule.redirectKinds(),
                  HppV1Options.PLACE_ORDER_MODE,
                  HppV1Options.PLACING_MODES,
                  PlaceOrderMode.NONE.name()))
          .options(HppV1Options.check(Map.of()))
          .order(HppV1Orders.check())
          .multiplePagesPerPayment(true)
          .pageLifetime(HppPageLifetime.before(KP_SESSION_LIFETIME))
          .build();

  private final KlarnaKpConfig config;

  /** The page, and the client for the KP calls on the same host. */
  private final HppPages pages;

  public KlarnaKpPaymentProvider(KlarnaKpConfig config) {
    this.config = config;
    this.pages = new HppPages(config.connection());
  }

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public ProviderCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public CreatedProviderSession createPage(PageRequest draft) {
    // Refused before any call even when the core's validateFor was skipped.
    CAPABILITIES.checkOrder(draft.order(), ID);
    ProviderHttpClient http = pages.http();
    String op = "create KP payment session";
    KpSessionAnswer kp =
        http.call(
            op,
            HttpMethod.POST,
            "/payments/v1/sessions",
            PurchaseBody.of(draft.order(), draft.merchantReference(), draft.id().value()),
            KpSessionAnswer.class);
    String kpSessionId = http.required(kp.sessionId(), "session_id", op);
    return pages.open(
        draft,
        "/payments/v1/sessions/",
        kpSessionId,
        HppV1Options.read(draft.options()).placeOrderMode());
  }

  /**
   * Places the order with the authorization token when the page completed with place_order_mode
   * NONE and the configuration asks for it. The idempotency key is derived from the gateway's
   * session id, so a retry after a lost answer returns the same order instead of a second one.
   */
  @Override
  public Optional<String> completeOrder(PageView session) {
    if (session.orderId() != null) {
      return Optional.of(session.orderId());
    }
    if (!config.placeOrderOnCompletion()
        || HppV1Options.read(session.options()).placeOrderMode() != PlaceOrderMode.NONE
        || session.authorizationToken() == null) {
      return Optional.empty();
    }
    ProviderHttpClient http = pages.http();
    String op = "place KP order";
    KpOrderAnswer order =
        http.call(
            op,
            HttpMethod.POST,
            "/payments/v1/authorizations/"
                + PathSegment.encode(session.authorizationToken())
                + "/order",
            PurchaseBody.of(session.order(), session.merchantReference(), session.id().value()),
            KpOrderAnswer.class,
            Map.of(IDEMPOTENCY_HEADER, idempotencyKey(session)));
    return Optional.of(http.required(order.orderId(), "order_id", op));
  }

  static String idempotencyKey(PageView session) {
    return UUID.nameUUIDFromBytes(
            ("klarna-kp/place-order/" + session.id().value()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  @Override
  public ProviderObservation readPage(PageView page) {
    return pages.observe(page);
  }

  @Override
  public Optional<CallbackHint> parseCallback(ProviderCallback callback) {
    return Optional.of(pages.parseStatusCallback(callback));
  }

  /** KP pages can be sent by sms or email; the HPP API sends them. */
  @Override
  public Set<DistributionMethod> distributionMethods() {
    return DISTRIBUTION;
  }

  @Override
  public void disablePage(PageView page) {
    pages.disable(page);
  }

  @Override
  public void distribute(PageView page, DistributionRequest request) {
    pages.distribute(page, request);
  }

  @Override
  public void close() {
    pages.close();
  }
}
