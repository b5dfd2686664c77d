package dev.hppgateway.adapter.persistence;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionSnapshot;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.ShopperLinks;
import dev.hppgateway.domain.UrlKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions for the store tests: starts from {@link TestHppSessions#session} and changes the
 * fields a test is about (times, status, refs), through a snapshot as a store would.
 */
final class Sessions {
  static final ProviderId KP = ProviderId.of("klarna-kp");
  static final ProviderId KCO = ProviderId.of("kustom-kco");
  static final ProviderId OPTTY = ProviderId.of("optty-direct");

  private HppSessionId id;
  private MerchantId merchantId;
  private ProviderId providerId;
  private String merchantReference;
  private PaymentOrder order;
  private MerchantUrls merchantUrls;
  private PageOptions options;
  private Shopper shopper;
  private HppStatus status;
  private String rawStatus;
  private ProviderRefs providerRefs;
  private ShopperLinks links;
  private Instant expiresAt;
  private String authorizationToken;
  private String orderId;
  private String callbackSecretHash;
  private Instant createdAt;
  private Instant updatedAt;
  private long version;

  private Sessions(HppSessionSnapshot s) {
    id = s.id();
    merchantId = s.merchantId();
    providerId = s.providerId();
    merchantReference = s.merchantReference();
    order = s.order();
    merchantUrls = s.merchantUrls();
    options = s.options();
    shopper = s.shopper();
    status = s.status();
    rawStatus = s.rawStatus();
    providerRefs = s.providerRefs();
    links = s.links();
    // The fixtures' times may carry nanoseconds; a database keeps microseconds.
    expiresAt = s.expiresAt().truncatedTo(ChronoUnit.MICROS);
    authorizationToken = s.authorizationToken();
    orderId = s.orderId();
    callbackSecretHash = s.callbackSecretHash();
    createdAt = s.createdAt();
    updatedAt = s.updatedAt();
    version = s.version();
  }

  /** A WAITING session of {@link TestHppSessions#MERCHANT} at {@code provider}. */
  static Sessions of(ProviderId provider) {
    return new Sessions(TestHppSessions.session(provider).snapshot());
  }

  /** A session with every optional field set, including non-ASCII text, for mapping tests. */
  static Sessions full() {
    OrderLine shoes = new OrderLine(OrderLineType.PHYSICAL, "sku-1", "Löparskor “Fjäll” ✓", 2, 10_000, 2500,
        19_000, 1_000, OrderLine.expectedTax(19_000, 2500));
    OrderLine promo = new OrderLine(OrderLineType.DISCOUNT, "promo-10", "Rabatt", 1, -1_000, 2500, -1_000, 0,
        OrderLine.expectedTax(-1_000, 2500));
    PaymentOrder order = new PaymentOrder(Money.of(18_000, "SEK"),
        Money.of(shoes.totalTaxAmount() + promo.totalTaxAmount(), "SEK"), List.of(shoes, promo), "SE", "sv-SE");
    Map<UrlKind, String> urls = new EnumMap<>(UrlKind.class);
    urls.put(UrlKind.SUCCESS, "https://shop.example/ok?sid={{session_id}}&t={{authorization_token}}");
    urls.put(UrlKind.CANCEL, "https://shop.example/cancel");
    urls.put(UrlKind.BACK, "https://shop.example/back");
    urls.put(UrlKind.FAILURE, "https://shop.example/failure");
    urls.put(UrlKind.ERROR, "https://shop.example/error");
    PageOptions options = PageOptions.of(Map.of(
        "place_order_mode", "CAPTURE_ORDER",
        "page_title", "Betala \"nu\" \\ “Fjäll” ✓",
        "logo_url", "https://shop.example/logo.png",
        "background_images", List.of(
            Map.of("url", "https://shop.example/bg-small.png", "width", 600),
            Map.of("url", "https://shop.example/bg-large.png", "width", 1920)),
        "payment_method_categories", List.of("PAY_LATER", "PAY_NOW"),
        "purchase_type", "BUY",
        "hide_subtotal_detail", true,
        "profile_id", "profile-7"));
    return of(KP)
        .order(order)
        .urls(MerchantUrls.parse(urls))
        .options(options)
        .status(HppStatus.IN_PROGRESS, "IN_PROGRESS")
        .links(new ShopperLinks("https://pay.example/r/1", "https://pay.example/qr/1.png", "https://pay.example/d/1"))
        .outcome("auth-token-secret", "order-99")
        .callbackSecretHash("c2VjcmV0LWhhc2g")
        .version(3);
  }

  Sessions id(String value) {
    id = HppSessionId.of(value);
    return this;
  }

  Sessions merchant(MerchantId value) {
    merchantId = value;
    return this;
  }

  Sessions reference(String value) {
    merchantReference = value;
    return this;
  }

  Sessions order(PaymentOrder value) {
    order = value;
    return this;
  }

  Sessions urls(MerchantUrls value) {
    merchantUrls = value;
    return this;
  }

  Sessions options(PageOptions value) {
    options = value;
    return this;
  }

  Sessions shopper(Shopper value) {
    shopper = value;
    return this;
  }

  Sessions status(HppStatus value, String raw) {
    status = value;
    rawStatus = raw;
    return this;
  }

  Sessions refs(String providerSessionId, String paymentRef) {
    providerRefs = new ProviderRefs(providerSessionId, paymentRef);
    return this;
  }

  Sessions links(ShopperLinks value) {
    links = value;
    return this;
  }

  Sessions expiresAt(Instant value) {
    expiresAt = value;
    return this;
  }

  Sessions outcome(String token, String order) {
    authorizationToken = token;
    orderId = order;
    return this;
  }

  Sessions callbackSecretHash(String value) {
    callbackSecretHash = value;
    return this;
  }

  Sessions createdAt(Instant value) {
    createdAt = value;
    return this;
  }

  Sessions updatedAt(Instant value) {
    updatedAt = value;
    return this;
  }

  Sessions version(long value) {
    version = value;
    return this;
  }

  HppSession build() {
    return HppSession.rehydrate(new HppSessionSnapshot(id, merchantId, providerId, merchantReference, order,
        merchantUrls, options, shopper, status, rawStatus, providerRefs, links, expiresAt, authorizationToken,
        orderId, callbackSecretHash, createdAt, updatedAt, version));
  }
}
