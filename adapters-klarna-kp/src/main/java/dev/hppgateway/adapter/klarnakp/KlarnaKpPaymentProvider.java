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
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.PlaceholderRule;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.UrlKind;
import io.micronaut.http.HttpMethod;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

  /**
   * A KP authorization token is valid 60 minutes (PROVIDERS.md §1): the order can be placed, and so
   * is retried, that long; the gateway erases the token then.
   */
  static final Duration AUTHORIZATION_LIFETIME = Duration.ofMinutes(60);

  /** RFC 9562's URL namespace, under which the place-order idempotency key is named. */
  private static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

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
   * session id, so a retry (after a lost answer, or the sweep's after a failure) returns the same
   * order instead of a second one. A refusal that quotes the token is passed on without it.
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
    String token = session.authorizationToken();
    KpOrderAnswer order;
    try {
      order =
          http.call(
              op,
              HttpMethod.POST,
              "/payments/v1/authorizations/" + PathSegment.encode(token) + "/order",
              PurchaseBody.of(session.order(), session.merchantReference(), session.id().value()),
              KpOrderAnswer.class,
              Map.of(IDEMPOTENCY_HEADER, idempotencyKey(session)));
    } catch (ProviderRejectedException e) {
      throw withoutToken(e, token);
    }
    return Optional.of(http.required(order.orderId(), "order_id", op));
  }

  /** The order can be placed while the authorization token lives: 60 minutes. */
  @Override
  public Optional<Duration> completionWindow() {
    return Optional.of(AUTHORIZATION_LIFETIME);
  }

  /** Klarna's error messages, should one quote the token, with the token cut out. */
  private static ProviderRejectedException withoutToken(ProviderRejectedException e, String token) {
    if (e.messages().stream().noneMatch(m -> m.contains(token))) {
      return e;
    }
    return new ProviderRejectedException(
        e.provider(),
        e.httpStatus(),
        e.errorCode(),
        e.messages().stream().map(m -> m.replace(token, "***")).toList(),
        e.correlationId());
  }

  /**
   * {@code Klarna-Idempotency-Key}: a name-based UUID version 5 (SHA-1, RFC 9562) of the gateway's
   * page, so every attempt for one page sends the same key.
   */
  static String idempotencyKey(PageView session) {
    return nameUuidV5(
            NAMESPACE_URL, "urn:hpp-gateway:klarna-kp:place-order:" + session.id().value())
        .toString();
  }

  /**
   * RFC 9562 §5.5: SHA-1 of the namespace's 16 bytes and the name's UTF-8, version 5, variant 10.
   */
  static UUID nameUuidV5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(namespace.getMostSignificantBits())
            .putLong(namespace.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
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
