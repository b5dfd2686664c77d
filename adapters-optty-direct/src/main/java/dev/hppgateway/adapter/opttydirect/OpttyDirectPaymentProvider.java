package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.DistributionRequest;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.RefundOrCancelRequest;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.ShopperLinks;
import io.micronaut.http.HttpMethod;
import io.micronaut.json.tree.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Optty Direct custom payment links (PROVIDERS.md §4): a link per page, created with a
 * {@code merchant}-scope token, read through the order it produced with an {@code api-user}-scope
 * token, cancelled or refunded with one (UNVERIFIED, configurable) call, reported by unsigned
 * webhooks. Optty takes no per-page merchant URLs and cannot disable a link or send it.
 *
 * <p>Built with {@code new}: it needs no ApplicationContext. Close it to release its HTTP clients.
 */
public final class OpttyDirectPaymentProvider implements PaymentProvider, AutoCloseable {
  public static final ProviderId ID = OpttyErrors.PROVIDER;
  private static final String CREATE_PATH = "/custom/hpp";
  private static final String ORDERS_PATH = "/orders/";

  private final OpttyDirectConfig config;
  private final Clock clock;
  private final OpttyHttp authHttp;
  private final OpttyHttp apiHttp;
  private final OpttySecrets secrets;
  private final OpttyApi api;
  private final OpttyItems items;
  private final ProviderCapabilities capabilities;

  public OpttyDirectPaymentProvider(OpttyDirectConfig config) {
    this(config, Clock.systemUTC());
  }

  /** {@code clock} decides token renewal and whether a link without an order has expired. */
  public OpttyDirectPaymentProvider(OpttyDirectConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.secrets = new OpttySecrets(config.clientSecret());
    this.authHttp = new OpttyHttp(config.authBaseUrl(), config.connectTimeout(), config.readTimeout(), clock);
    this.apiHttp = new OpttyHttp(config.apiBaseUrl(), config.connectTimeout(), config.readTimeout(), clock);
    OpttyTokens tokens = new OpttyTokens(authHttp, config.clientId(), config.clientSecret(), secrets, clock);
    this.api = new OpttyApi(apiHttp, tokens);
    this.items = new OpttyItems(config.itemEncoding());
    this.capabilities = ProviderCapabilities.builder()
        .cancel(true)
        .refund(true)
        .disable(false)
        .multiplePagesPerPayment(false)
        .options(OpttyPageOptions::check)
        .pageLifetime(config.paymentSessionLifetime())
        .build();
  }

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public ProviderCapabilities capabilities() {
    return capabilities;
  }

  /** A verifier for redirects back to the merchant, when a payment secret is configured. */
  public Optional<OpttyRedirectVerifier> redirectVerifier() {
    return Optional.ofNullable(config.paymentSecret()).map(OpttyRedirectVerifier::new);
  }

  @Override
  public CreatedProviderSession createSession(HppSessionDraft draft) {
    CustomHppDto request = customHpp(draft);
    OpttyAnswer answer = api.call(OpttyScope.MERCHANT, HttpMethod.POST, CREATE_PATH, request);
    if (!answer.isSuccess()) {
      throw OpttyErrors.forStatus("create payment link", answer, secrets);
    }
    CustomHppAnswer created = OpttyJson.readOrNull(answer.body(), CustomHppAnswer.class);
    if (created == null || isBlank(created.id()) || isBlank(created.link())) {
      throw OpttyErrors.malformed("create payment link answer holds no id or link", answer.correlationId(), null);
    }
    try {
      return new CreatedProviderSession(
          new ProviderRefs(created.id(), request.invoiceNumber()),
          new ShopperLinks(created.link(), isBlank(created.qrCodeImgUrl()) ? null : created.qrCodeImgUrl(), null),
          null,
          Instant.parse(request.dueDate()));
    } catch (DomainValidationException e) {
      throw OpttyErrors.malformed("create payment link answer is unusable: " + e.getMessage(),
          answer.correlationId(), null);
    }
  }

  private CustomHppDto customHpp(HppSessionDraft draft) {
    // Optty requires both contacts; saying so before calling beats a NestJS validation error.
    String email = draft.shopper().email();
    if (isBlank(email)) {
      throw new DomainValidationException("shopper.email", "is required by provider " + ID);
    }
    String phone = draft.shopper().phone();
    if (isBlank(phone)) {
      throw new DomainValidationException("shopper.phone", "is required by provider " + ID);
    }
    PaymentOrder order = draft.order();
    Money amount = order.amount();
    Money tax = order.taxAmount();
    String title = draft.options().text(OpttyPageOptions.PAGE_TITLE).orElse(null);
    return new CustomHppDto(
        email,
        phone,
        amount.toMajorUnits(),
        amount.minus(tax).toMajorUnits(),
        tax.toMajorUnits(),
        amount.currencyCode(),
        isBlank(title) ? draft.merchantReference() : title,
        invoiceNumber(draft),
        draft.merchantReference(),
        draft.expiresAt().truncatedTo(ChronoUnit.MILLIS).toString(),
        false,
        items.encode(order),
        false,
        false,
        config.accountCode());
  }

  /**
   * The gateway's session id is unique and only letters, digits, '_' and '-', so it serves as the
   * invoice number unchanged: a link is traceable to its page at Optty without a lookup table.
   */
  static String invoiceNumber(HppSessionDraft draft) {
    return draft.id().value();
  }

  @Override
  public ProviderObservation fetchStatus(HppSession session) {
    String invoiceNumber = session.providerRefs().paymentRef();
    OpttyAnswer answer = api.call(OpttyScope.API_USER, HttpMethod.GET, ORDERS_PATH + encode(invoiceNumber), null);
    if (answer.status() == 404) {
      // No order yet: nobody has started paying. Past the link's due date nobody can.
      HppStatus status = clock.instant().isBefore(session.expiresAt()) ? HppStatus.WAITING : HppStatus.EXPIRED;
      return ProviderObservation.of(status, OpttyStatuses.NOT_FOUND);
    }
    if (!answer.isSuccess()) {
      throw OpttyErrors.forStatus("read order", answer, secrets);
    }
    JsonNode order = OpttyJson.treeOrNull(answer.body());
    String raw = OpttyJson.text(order, "status");
    if (isBlank(raw)) {
      throw OpttyErrors.malformed("order answer holds no status", answer.correlationId(), null);
    }
    return OpttyStatuses.observe(raw);
  }

  @Override
  public void disable(HppSession session) {
    throw new IllegalStateException(ID + " cannot disable a payment link (capability disable is false)");
  }

  @Override
  public void distribute(HppSession session, DistributionRequest request) {
    throw new IllegalStateException(ID + " cannot send a payment link (it supports no distribution method)");
  }

  /** UNVERIFIED route: see {@link OpttyRefundOrCancelRoute}. Optty decides refund or cancel. */
  @Override
  public ProviderObservation refundOrCancel(HppSession session, RefundOrCancelRequest request) {
    String invoiceNumber = session.providerRefs().paymentRef();
    OpttyRefundOrCancelRoute route = config.refundOrCancelRoute();
    OpttyAnswer answer = api.call(route.scope(), HttpMethod.valueOf(route.method()),
        route.path(encode(invoiceNumber)), new RefundOrCancelBody(invoiceNumber, request.reason()));
    if (!answer.isSuccess()) {
      throw OpttyErrors.forStatus("refund or cancel payment link", answer, secrets);
    }
    RefundOrCancelAnswer result = OpttyJson.readOrNull(answer.body(), RefundOrCancelAnswer.class);
    if (result == null || isBlank(result.status())) {
      throw OpttyErrors.malformed("refund or cancel answer holds no status", answer.correlationId(), null);
    }
    return OpttyStatuses.observe(result.status());
  }

  @Override
  public Optional<CallbackHint> parseCallback(ProviderCallback callback) {
    return OpttyWebhooks.parse(callback);
  }

  @Override
  public void close() {
    authHttp.close();
    apiHttp.close();
  }

  @Override
  public String toString() {
    return "OpttyDirectPaymentProvider[" + config + "]";
  }

  private static String encode(String pathSegment) {
    return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
