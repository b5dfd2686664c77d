package dev.hppgateway.adapter.klarnakp;

import dev.hppgateway.adapter.hppv1.HppPageLifetime;
import dev.hppgateway.adapter.hppv1.HppV1Options;
import dev.hppgateway.adapter.hppv1.HppV1PaymentProvider;
import dev.hppgateway.adapter.hppv1.PathSegment;
import dev.hppgateway.adapter.hppv1.PlaceOrderMode;
import dev.hppgateway.adapter.hppv1.PurchaseBody;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.PlaceholderRule;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.UrlKind;
import io.micronaut.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Klarna Payments behind a Hosted Payment Page: a KP payment session ({@code /payments/v1}), the
 * HPP session over it ({@code /hpp/v1}), and, when configured, the order placed with the
 * authorization token after the shopper completed (PROVIDERS.md §1–2).
 */
public final class KlarnaKpPaymentProvider extends HppV1PaymentProvider {
  public static final ProviderId ID = ProviderId.of("klarna-kp");
  static final String IDEMPOTENCY_HEADER = "Klarna-Idempotency-Key";

  /** A KP payment session lives 48 h from its creation (PROVIDERS.md §1). */
  static final Duration KP_SESSION_LIFETIME = Duration.ofHours(48);

  /**
   * PROVIDERS.md §1: {{session_id}} in every redirect, {{authorization_token}} in the success URL,
   * {{order_id}} only when Klarna places the order itself (place_order_mode PLACE_ORDER or
   * CAPTURE_ORDER; left out it is NONE); every HPP v1 option, place_order_mode included.
   */
  static final ProviderCapabilities CAPABILITIES = ProviderCapabilities.builder()
      .urlKinds(EnumSet.allOf(UrlKind.class))
      .placeholder(PlaceholderRule.everywhere(Placeholder.SESSION_ID))
      .placeholder(PlaceholderRule.in(Placeholder.AUTHORIZATION_TOKEN, EnumSet.of(UrlKind.SUCCESS)))
      .placeholder(PlaceholderRule.whenOption(Placeholder.ORDER_ID, PlaceholderRule.redirectKinds(),
          HppV1Options.PLACE_ORDER_MODE, HppV1Options.PLACING_MODES, PlaceOrderMode.NONE.name()))
      .options(HppV1Options.check(Map.of()))
      .disable(true)
      .distribution(EnumSet.of(DistributionMethod.SMS, DistributionMethod.EMAIL))
      .multiplePagesPerPayment(true)
      .pageLifetime(HppPageLifetime.before(KP_SESSION_LIFETIME))
      .build();

  private final KlarnaKpConfig config;

  public KlarnaKpPaymentProvider(KlarnaKpConfig config) {
    super(config.connection(), CAPABILITIES);
    this.config = config;
  }

  @Override
  public CreatedProviderSession createSession(HppSessionDraft draft) {
    String op = "create KP payment session";
    KpSessionAnswer kp = http.call(op, HttpMethod.POST, "/payments/v1/sessions",
        PurchaseBody.of(draft.order(), draft.merchantReference(), draft.id().value()), KpSessionAnswer.class);
    String kpSessionId = http.required(kp.sessionId(), "session_id", op);
    return openPage(draft, "/payments/v1/sessions/", kpSessionId, HppV1Options.read(draft.options()).placeOrderMode());
  }

  /**
   * Places the order with the authorization token when the page completed with place_order_mode
   * NONE and the configuration asks for it. The idempotency key is derived from the gateway's
   * session id, so a retry after a lost answer returns the same order instead of a second one.
   */
  @Override
  public Optional<String> afterCompleted(HppSession session) {
    if (session.orderId() != null) {
      return Optional.of(session.orderId());
    }
    if (!config.placeOrderOnCompletion()
        || HppV1Options.read(session.options()).placeOrderMode() != PlaceOrderMode.NONE
        || session.authorizationToken() == null) {
      return Optional.empty();
    }
    String op = "place KP order";
    KpOrderAnswer order = http.call(op, HttpMethod.POST,
        "/payments/v1/authorizations/" + PathSegment.encode(session.authorizationToken()) + "/order",
        PurchaseBody.of(session.order(), session.merchantReference(), session.id().value()),
        KpOrderAnswer.class, Map.of(IDEMPOTENCY_HEADER, idempotencyKey(session)));
    return Optional.of(http.required(order.orderId(), "order_id", op));
  }

  static String idempotencyKey(HppSession session) {
    return UUID.nameUUIDFromBytes(("klarna-kp/place-order/" + session.id().value())
        .getBytes(StandardCharsets.UTF_8)).toString();
  }
}
