package dev.hppgateway.sandbox.optty;

import static dev.hppgateway.sandbox.JsonFields.text;

import dev.hppgateway.sandbox.Amounts;
import dev.hppgateway.sandbox.BaseUrls;
import dev.hppgateway.sandbox.Ids;
import dev.hppgateway.sandbox.JsonFields;
import dev.hppgateway.sandbox.NestError;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.Times;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.util.List;

/**
 * The Optty API host: create a custom payment link, cancel-or-refund it (the route agreed with the
 * adapter; Optty's own is not public), and read the order a link produced.
 */
@Controller("/sandbox/optty")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class OpttyApiController {

  private final OpttyTokens tokens;
  private final OpttyLinks links;
  private final OpttyWebhooks webhooks;
  private final SandboxSettings settings;
  private final SandboxClock clock;
  private final BaseUrls baseUrls;
  private final JsonMapper json;

  OpttyApiController(
      OpttyTokens tokens,
      OpttyLinks links,
      OpttyWebhooks webhooks,
      SandboxSettings settings,
      SandboxClock clock,
      BaseUrls baseUrls,
      JsonMapper json) {
    this.tokens = tokens;
    this.links = links;
    this.webhooks = webhooks;
    this.settings = settings;
    this.clock = clock;
    this.baseUrls = baseUrls;
    this.json = json;
  }

  @Post(
      value = "/custom/hpp",
      consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<OpttyViews.LinkCreated> create(HttpRequest<?> request, @Nullable @Body String body) {
    OpttyGrant grant = tokens.require(request, OpttyTokens.MERCHANT);
    JsonNode node =
        JsonFields.object(json, body).orElseThrow(() -> NestError.of(400, "Invalid JSON body"));
    Instant now = clock.now();
    OpttyLinkParser.Draft draft = OpttyLinkParser.parse(node, now);
    Instant lifetimeEnd = now.plus(settings.opttyLinkLifetime());
    Instant expiresAt = draft.dueDate().isBefore(lifetimeEnd) ? draft.dueDate() : lifetimeEnd;
    OpttyLink link =
        new OpttyLink(
            Ids.shortId(12),
            grant.clientId(),
            draft.invoiceNumber(),
            draft.description(),
            draft.referenceName(),
            draft.currency(),
            draft.price(),
            draft.subTotal(),
            draft.taxAmount(),
            draft.items(),
            now,
            expiresAt);
    if (!links.add(link)) {
      throw NestError.of(
          409, "A payment link with invoiceNumber " + draft.invoiceNumber() + " already exists");
    }
    String url = baseUrls.of(request) + "/sandbox/optty/pay/" + link.id;
    return HttpResponse.ok(
        new OpttyViews.LinkCreated(
            "Get Paid link created successfully.", url, link.id, url + "/qr"));
  }

  /**
   * The link route agreed with the adapter (Optty's own is not public): cancel when not paid,
   * refund when paid (what Optty's Postman guide says of its one call); repeating it answers the
   * same status again.
   */
  @Post(
      value = "/custom/hpp/{invoiceNumber}/cancel-or-refund",
      consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<OpttyViews.CancelOrRefund> cancelOrRefund(
      HttpRequest<?> request, @PathVariable String invoiceNumber, @Nullable @Body String body) {
    OpttyGrant grant = tokens.require(request, OpttyTokens.MERCHANT);
    JsonNode node = JsonFields.object(json, body).orElse(null);
    if (node != null
        && JsonFields.present(node, "invoiceNumber")
        && !invoiceNumber.equals(text(node, "invoiceNumber"))) {
      throw NestError.validation(List.of("invoiceNumber must match the link's invoice number"));
    }
    Instant now = clock.now();
    OpttyLink link =
        links
            .byInvoice(grant.clientId(), invoiceNumber, now)
            .orElseThrow(() -> NestError.of(404, "Payment link not found"));
    String result;
    OpttyLink.Order refundedOrder = null;
    OpttyLink.Refund refund = null;
    boolean cancelled;
    synchronized (link) {
      OpttyLink.Order paid = link.paidOrder();
      if (paid != null) {
        cancelled = false;
        if (OpttyLink.SUCCESSFUL.equals(paid.status())) {
          refund = link.refund(paid, "ref_" + Ids.shortId(16), null, now);
          refundedOrder = paid;
        }
        result = OpttyLink.REFUNDED;
      } else {
        cancelled = link.cancelLink(now);
        result = OpttyLink.CANCELLED;
      }
    }
    if (refundedOrder != null) {
      webhooks.refunded(link, refundedOrder, refund);
    }
    if (cancelled) {
      webhooks.statusChanged(link);
    }
    return HttpResponse.ok(new OpttyViews.CancelOrRefund(invoiceNumber, result));
  }

  /**
   * Refunds a paid order, as Optty's WooCommerce plugin calls it: {@code {refundAmount{amount,
   * currency}, refundDescription, refundReference}}, api-user scope, 201 with {@code refundStatus}.
   * An order is refunded in one or several parts, never beyond its amount (400). A second refund
   * with the same {@code refundReference} and amount is a retry: it is answered with the first
   * refund's result (201, same {@code refundId}) and moves no money; the same reference with
   * another amount, or any refund of an order refunded in full, is 409.
   */
  @Post(
      value = "/orders/{reference}/refund",
      consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<OpttyViews.RefundMade> refund(
      HttpRequest<?> request, @PathVariable String reference, @Nullable @Body String body) {
    OpttyGrant grant = tokens.require(request, OpttyTokens.API_USER);
    JsonNode node =
        JsonFields.object(json, body).orElseThrow(() -> NestError.of(400, "Invalid JSON body"));
    JsonNode amount = JsonFields.node(node, "refundAmount");
    String refundReference = text(node, "refundReference");
    List<String> problems = new java.util.ArrayList<>();
    if (refundReference == null || refundReference.isBlank()) {
      problems.add("refundReference should not be empty");
    }
    if (amount == null || !amount.isObject()) {
      problems.add("refundAmount must be an object");
    }
    java.math.BigDecimal value = amount == null ? null : JsonFields.decimal(amount.get("amount"));
    String currency = amount == null ? null : text(amount, "currency");
    if (amount != null && value == null) {
      problems.add("refundAmount.amount must be a number");
    }
    if (amount != null && currency == null) {
      problems.add("refundAmount.currency should not be empty");
    }
    if (!problems.isEmpty()) {
      throw NestError.validation(problems);
    }
    Instant now = clock.now();
    OpttyLink link =
        links
            .byOrderReference(grant.clientId(), reference, now)
            .orElseThrow(() -> NestError.of(404, "Order not found"));
    if (!link.currency.equals(currency)) {
      throw NestError.validation(List.of("refundAmount.currency must be " + link.currency));
    }
    if (value.signum() <= 0 || value.scale() > Amounts.digits(currency)) {
      throw NestError.validation(
          List.of(
              "refundAmount.amount must be positive with at most "
                  + Amounts.digits(currency)
                  + " decimals"));
    }
    OpttyLink.Order order = link.order(reference).orElseThrow();
    boolean fresh;
    OpttyLink.Refund refund;
    synchronized (link) {
      fresh = !order.hasRefund(refundReference);
      try {
        refund = link.refund(order, refundReference, value, now);
      } catch (OpttyLink.RefundRefused e) {
        throw e.status == 400
            ? NestError.validation(List.of(e.getMessage()))
            : NestError.of(e.status, e.getMessage());
      }
    }
    if (fresh) {
      webhooks.refunded(link, order, refund);
    }
    return HttpResponse.created(
        new OpttyViews.RefundMade(
            refund.refundId(),
            refund.refundReference(),
            reference,
            "SUCCESSFUL",
            refund.amount(),
            refund.currency()));
  }

  /**
   * An order a link produced, by its order reference (never by invoice number); 404 for an unknown
   * reference and after the link expired.
   */
  @Get("/orders/{reference}")
  HttpResponse<OpttyViews.Order> order(HttpRequest<?> request, @PathVariable String reference) {
    OpttyGrant grant = tokens.require(request, OpttyTokens.API_USER);
    OpttyLink link =
        links
            .byOrderReference(grant.clientId(), reference, clock.now())
            .orElseThrow(() -> NestError.of(404, "Order not found"));
    OpttyLink.Order order = link.order(reference).orElseThrow();
    synchronized (link) {
      return HttpResponse.ok(
          new OpttyViews.Order(
              link.invoiceNumber,
              order.reference,
              order.status(),
              link.price,
              link.currency,
              "optty-sandbox",
              Times.iso(order.updatedAt()),
              order.failureReason(),
              java.util.Map.of("invoiceNumber", link.invoiceNumber)));
    }
  }
}
