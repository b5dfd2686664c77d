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
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.RefundRequest;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.PageOptions;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Optty Direct custom payment links (PROVIDERS.md §4): a link per page, created with a {@code
 * merchant}-scope token, read through the orders it produced with an {@code api-user}-scope token,
 * refunded through its paid order's refund route, cancelled (unpaid only) with one UNVERIFIED,
 * configurable link call, reported by unsigned webhooks. Optty takes no per-page merchant URLs and
 * cannot disable a link or send it.
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
    PageOptions options = draft.options();
    String title = OpttyPageOptions.title(options);
    return new CustomHppDto(
        email,
        phone,
        amount.toMajorUnits(),
        amount.minus(tax).toMajorUnits(),
        tax.toMajorUnits(),
        amount.currencyCode(),
        title == null ? draft.merchantReference() : title,
        invoiceNumber(draft),
        draft.merchantReference(),
        draft.expiresAt().truncatedTo(ChronoUnit.MILLIS).toString(),
        OpttyPageOptions.flag(options, OpttyPageOptions.ENABLE_TIPPING),
        items.encode(order),
        OpttyPageOptions.flag(options, OpttyPageOptions.HIDE_TAX),
        OpttyPageOptions.flag(options, OpttyPageOptions.EMAIL_CUSTOMER),
        OpttyPageOptions.accountCode(options, config.accountCode()));
  }

  /**
   * The gateway's session id is unique and only letters, digits, '_' and '-', so it serves as the
   * invoice number unchanged: a link is traceable to its page at Optty without a lookup table.
   */
  static String invoiceNumber(PageRequest draft) {
    return draft.id().value();
  }

  /**
   * Reads the orders the link produced. The orders callbacks named ({@link
   * PageView#providerPaymentRefs()}) are read by their own reference and kept only when their
   * {@code metadata.invoiceNumber} is the link's; with none known, the link's invoice number is
   * read as an order reference (UNVERIFIED fallback: Optty does not document it). The page is paid
   * if any order is SUCCESSFUL (REFUNDED once refunded); otherwise the latest order decides: in
   * progress, or FAILED (retry allowed) when it ended unpaid. With no order the link is WAITING.
   * The due date is not judged here on the gateway's clock: the sweep expires the page once its due
   * date plus a grace period has passed with no order in progress.
   */
  @Override
  public ProviderObservation readPage(PageView session) {
    List<OrderRead> orders = readOrders(session);
    Optional<OrderRead> paid = paidOrder(orders);
    if (paid.isPresent()) {
      return OpttyStatuses.observe(paid.get().rawStatus());
    }
    if (orders.isEmpty()) {
      // No order seen: the link may still be paid until its due date, and Optty says nothing of
      // the due date itself. The gateway's sweep ends the page once the due date plus a grace
      // period has passed with no order in progress, not this read on the gateway's own clock.
      return ProviderObservation.of(HppStatus.WAITING, OpttyStatuses.NOT_FOUND);
    }
    return OpttyStatuses.observe(orders.get(orders.size() - 1).rawStatus());
  }

  /** One order of the link as read: its reference and raw status. */
  private record OrderRead(String reference, String rawStatus) {}

  /** The SUCCESSFUL order if any, else a REFUNDED one. */
  private static Optional<OrderRead> paidOrder(List<OrderRead> orders) {
    return orders.stream()
        .filter(o -> OpttyStatuses.normalize(o.rawStatus()) == HppStatus.COMPLETED)
        .findFirst()
        .or(
            () ->
                orders.stream()
                    .filter(o -> OpttyStatuses.normalize(o.rawStatus()) == HppStatus.REFUNDED)
                    .findFirst());
  }

  /** The link's orders that exist and belong to it, oldest first. */
  private List<OrderRead> readOrders(PageView page) {
    String invoiceNumber = page.providerRefs().paymentRef();
    List<OrderRead> orders = new ArrayList<>();
    if (page.providerPaymentRefs().isEmpty()) {
      readOrder(invoiceNumber, invoiceNumber, true).ifPresent(orders::add);
      return orders;
    }
    for (String reference : page.providerPaymentRefs()) {
      readOrder(reference, invoiceNumber, false).ifPresent(orders::add);
    }
    return orders;
  }

  /**
   * {@code GET /orders/{reference}}; empty for a 404 and for an order of another link. An order
   * read by the invoice number itself (the fallback) may lack the metadata; one read by its own
   * reference must name the link's invoice number in {@code metadata.invoiceNumber}.
   */
  private Optional<OrderRead> readOrder(
      String reference, String invoiceNumber, boolean byInvoiceNumber) {
    String op = "read order";
    ProviderHttpAnswer answer =
        api.exchange(
            op,
            OpttyScope.API_USER,
            HttpMethod.GET,
            ORDERS_PATH + PathSegment.encode(reference),
            null);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    JsonNode order = apiHttp.success(op, answer, JsonNode.class);
    String raw = OpttyJson.text(order, "status");
    if (isBlank(raw)) {
      throw apiHttp.malformed(op + ": answer holds no status", answer);
    }
    JsonNode metadata = order == null ? null : order.get("metadata");
    String owner = OpttyJson.text(metadata, "invoiceNumber");
    // An order that names another link is not this link's; one that names none is taken: it was
    // named by this link's webhook (behind the account secret) or read by the link's own number.
    boolean belongs = owner == null || owner.isBlank() || invoiceNumber.equals(owner);
    if (!belongs) {
      return Optional.empty();
    }
    String own = OpttyJson.text(order, "orderReference");
    return Optional.of(new OrderRead(byInvoiceNumber && !isBlank(own) ? own : reference, raw));
  }

  /**
   * Refunds the paid order of the link through {@code POST /orders/{orderReference}/refund}
   * (api-user scope, verified in Optty's plugin), the requested amount (all or part of the page's)
   * in major units and {@code refundReference} the request's reference ({@code <page id>-r<n>}, the
   * same for a retry), so a retried refund is not paid twice. A link without a paid order is a 409
   * conflict. A SUCCESSFUL refund answers REFUNDED (this refund was made; the gateway counts it
   * toward the page's refunded total); a PENDING one answers UNKNOWN {@code REFUND_PENDING} and is
   * not counted.
   */
  @Override
  public ProviderObservation refund(PageView page, RefundRequest request) {
    OrderRead paid =
        paidOrder(readOrders(page))
            .orElseThrow(() -> conflict("refund: the link has no paid order to refund"));
    Money amount = request.amount();
    String reason = request.reason();
    OpttyRefundBody body =
        new OpttyRefundBody(
            new OpttyRefundBody.RefundAmount(amount.toMajorUnits(), amount.currencyCode()),
            isBlank(reason) ? "Refund of " + page.merchantReference() : reason,
            request.reference());
    String op = "refund order";
    ProviderHttpAnswer answer =
        api.exchange(
            op,
            OpttyScope.API_USER,
            HttpMethod.POST,
            ORDERS_PATH + PathSegment.encode(paid.reference()) + "/refund",
            body);
    OpttyRefundAnswer result = apiHttp.success(op, answer, OpttyRefundAnswer.class);
    if (isBlank(result.refundStatus())) {
      throw apiHttp.malformed(op + ": answer holds no refundStatus", answer);
    }
    if ("SUCCESSFUL".equalsIgnoreCase(result.refundStatus().trim())) {
      return ProviderObservation.of(HppStatus.REFUNDED, "REFUNDED");
    }
    return ProviderObservation.of(
        HppStatus.UNKNOWN, OpttyStatuses.bounded("REFUND_" + result.refundStatus().trim()));
  }

  /**
   * Cancels an unpaid link on the configurable, UNVERIFIED link route ({@link
   * OpttyDirectConfig.RefundOrCancelRoute}). That route refunds a paid link (Optty's Postman
   * guide), so it is never called for one: a link whose known orders show a payment, or a route
   * answer that says REFUNDED or paid, is a 409 conflict; refunds go through {@link #refund}.
   */
  @Override
  public ProviderObservation cancel(PageView page, CancelRequest request) {
    if (paidOrder(readOrders(page)).isPresent()) {
      throw conflict("cancel: the link is paid; refund it instead");
    }
    String invoiceNumber = page.providerRefs().paymentRef();
    OpttyDirectConfig.RefundOrCancelRoute route = config.refundOrCancelRoute();
    String op = "cancel payment link";
    ProviderHttpAnswer answer =
        api.exchange(
            op,
            route.scope(),
            HttpMethod.valueOf(route.method()),
            route.path(PathSegment.encode(invoiceNumber)),
            new RefundOrCancelBody(invoiceNumber, request.reason()));
    RefundOrCancelAnswer result = apiHttp.success(op, answer, RefundOrCancelAnswer.class);
    if (isBlank(result.status())) {
      throw apiHttp.malformed(op + ": answer holds no status", answer);
    }
    if (OpttyStatuses.linkCancelled(result.status())) {
      return ProviderObservation.of(
          HppStatus.CANCELLED, OpttyStatuses.bounded(result.status().trim()));
    }
    if (OpttyStatuses.paid(result.status())) {
      throw conflict(
          "cancel: the link route answered "
              + OpttyStatuses.bounded(result.status().trim())
              + ": the link was paid");
    }
    return ProviderObservation.of(HppStatus.UNKNOWN, OpttyStatuses.bounded(result.status()));
  }

  private ProviderRejectedException conflict(String message) {
    return new ProviderRejectedException(ID, 409, "CONFLICT", List.of(message), null);
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
