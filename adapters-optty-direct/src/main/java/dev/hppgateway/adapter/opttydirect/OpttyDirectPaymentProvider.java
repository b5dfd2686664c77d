package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.adapter.providerhttp.PathSegment;
import dev.hppgateway.adapter.providerhttp.ProviderHttpAnswer;
import dev.hppgateway.adapter.providerhttp.ProviderHttpClient;
import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.CancelRequest;
import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.RefundRequest;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.DomainValidationException;
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
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Optty Direct custom payment links (PROVIDERS.md §4): a link per page, created with a {@code
 * merchant}-scope token, read through the order it produced with an {@code api-user}-scope token,
 * cancelled or refunded with one (UNVERIFIED, configurable) call, reported by unsigned webhooks.
 * Optty takes no per-page merchant URLs and cannot disable a link or send it.
 *
 * <p>Built with {@code new}: it needs no ApplicationContext. Close it to release its HTTP clients.
 */
public final class OpttyDirectPaymentProvider
    implements PaymentProvider, RefundsPayments, CancelsPayments {
  public static final ProviderId ID = ProviderId.of("optty-direct");
  private static final String CREATE_PATH = "/custom/hpp";
  private static final String ORDERS_PATH = "/orders/";

  private final OpttyDirectConfig config;
  private final Clock clock;
  private final ProviderHttpClient authHttp;
  private final ProviderHttpClient apiHttp;
  private final OpttySecrets secrets;
  private final OpttyApi api;
  private final OpttyItems items;
  private final ProviderCapabilities capabilities;

  /** Null when no payment secret is configured. */
  private final OpttyRedirectVerifier redirectVerifier;

  public OpttyDirectPaymentProvider(OpttyDirectConfig config) {
    this(config, Clock.systemUTC());
  }

  /** {@code clock} decides token renewal and whether a link without an order has expired. */
  public OpttyDirectPaymentProvider(OpttyDirectConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.secrets = new OpttySecrets(config.clientSecret());
    OpttyErrorReader errors = new OpttyErrorReader(secrets);
    this.authHttp = new ProviderHttpClient(config.authConnection(), errors, clock);
    this.apiHttp = new ProviderHttpClient(config.apiConnection(), errors, clock);
    OpttyTokens tokens =
        new OpttyTokens(authHttp, config.clientId(), config.clientSecret(), secrets, clock);
    this.api = new OpttyApi(apiHttp, tokens);
    this.items = new OpttyItems(config.itemEncoding());
    this.redirectVerifier =
        config.paymentSecret() == null ? null : new OpttyRedirectVerifier(config.paymentSecret());
    this.capabilities =
        ProviderCapabilities.builder()
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

  /**
   * Checks the hash on a redirect back to the merchant ({@code status}, {@code reference}, {@code
   * hash} query parameters as received) with the configured payment secret, in constant time.
   * Without a payment secret nothing can be verified and the answer is false.
   */
  public boolean verifyRedirect(Map<String, String> redirectParameters) {
    return redirectVerifier != null && redirectVerifier.verify(redirectParameters);
  }

  @Override
  public CreatedProviderSession createPage(PageRequest draft) {
    CustomHppDto request = customHpp(draft);
    String op = "create payment link";
    ProviderHttpAnswer answer =
        api.exchange(op, OpttyScope.MERCHANT, HttpMethod.POST, CREATE_PATH, request);
    CustomHppAnswer created = apiHttp.success(op, answer, CustomHppAnswer.class);
    if (isBlank(created.id()) || isBlank(created.link())) {
      throw apiHttp.malformed(op + ": answer holds no id or link", answer);
    }
    try {
      return new CreatedProviderSession(
          new ProviderRefs(created.id(), request.invoiceNumber()),
          new ShopperLinks(
              created.link(),
              isBlank(created.qrCodeImgUrl()) ? null : created.qrCodeImgUrl(),
              null),
          null,
          Instant.parse(request.dueDate()));
    } catch (DomainValidationException e) {
      throw apiHttp.malformed(op + ": answer is unusable: " + e.getMessage(), answer);
    }
  }

  private CustomHppDto customHpp(PageRequest draft) {
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
  static String invoiceNumber(PageRequest draft) {
    return draft.id().value();
  }

  @Override
  public ProviderObservation readPage(PageView session) {
    String invoiceNumber = session.providerRefs().paymentRef();
    String op = "read order";
    ProviderHttpAnswer answer =
        api.exchange(
            op,
            OpttyScope.API_USER,
            HttpMethod.GET,
            ORDERS_PATH + PathSegment.encode(invoiceNumber),
            null);
    if (answer.status() == 404) {
      // No order yet: nobody has started paying. Past the link's due date nobody can.
      HppStatus status =
          clock.instant().isBefore(session.expiresAt()) ? HppStatus.WAITING : HppStatus.EXPIRED;
      return ProviderObservation.of(status, OpttyStatuses.NOT_FOUND);
    }
    String raw = OpttyJson.text(apiHttp.success(op, answer, JsonNode.class), "status");
    if (isBlank(raw)) {
      throw apiHttp.malformed(op + ": answer holds no status", answer);
    }
    return OpttyStatuses.observe(raw);
  }

  /**
   * Refunds a paid link. Optty decides refund or cancel from the payment's state on one UNVERIFIED
   * route (see {@link OpttyDirectConfig.RefundOrCancelRoute}); the core has checked the page is
   * paid.
   */
  @Override
  public ProviderObservation refund(PageView page, RefundRequest request) {
    return refundOrCancel(page, request.reason());
  }

  /** Cancels an unpaid link, on the same UNVERIFIED route as {@link #refund}. */
  @Override
  public ProviderObservation cancel(PageView page, CancelRequest request) {
    return refundOrCancel(page, request.reason());
  }

  private ProviderObservation refundOrCancel(PageView page, String reason) {
    String invoiceNumber = page.providerRefs().paymentRef();
    OpttyDirectConfig.RefundOrCancelRoute route = config.refundOrCancelRoute();
    String op = "refund or cancel payment link";
    ProviderHttpAnswer answer =
        api.exchange(
            op,
            route.scope(),
            HttpMethod.valueOf(route.method()),
            route.path(PathSegment.encode(invoiceNumber)),
            new RefundOrCancelBody(invoiceNumber, reason));
    RefundOrCancelAnswer result = apiHttp.success(op, answer, RefundOrCancelAnswer.class);
    if (isBlank(result.status())) {
      throw apiHttp.malformed(op + ": answer holds no status", answer);
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

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
