package dev.hppgateway.sandbox.optty;

import static dev.hppgateway.sandbox.JsonFields.text;

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

  /** Cancel when not paid, refund when paid; repeating it answers the same status again. */
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
    boolean refunded = false;
    boolean cancelled = false;
    synchronized (link) {
      String status = link.status();
      if (OpttyLink.REFUNDED.equals(status)) {
        result = OpttyLink.REFUNDED;
      } else if (OpttyLink.SUCCESSFUL.equals(status)) {
        link.set(OpttyLink.REFUNDED, null, now);
        result = OpttyLink.REFUNDED;
        refunded = true;
      } else {
        cancelled = !link.linkCancelled() && link.opened();
        link.cancelLink(now);
        result = OpttyLink.CANCELLED;
      }
    }
    if (refunded) {
      webhooks.refunded(link, "ref_" + Ids.shortId(16));
    }
    if (cancelled) {
      webhooks.statusChanged(link);
    }
    return HttpResponse.ok(new OpttyViews.CancelOrRefund(invoiceNumber, result));
  }

  /** The order a link produced; 404 until the shopper opened the link, and after it expired. */
  @Get("/orders/{reference}")
  HttpResponse<OpttyViews.Order> order(HttpRequest<?> request, @PathVariable String reference) {
    OpttyGrant grant = tokens.require(request, OpttyTokens.API_USER);
    OpttyLink link =
        links
            .byReference(grant.clientId(), reference, clock.now())
            .filter(OpttyLink::opened)
            .orElseThrow(() -> NestError.of(404, "Order not found"));
    return HttpResponse.ok(
        new OpttyViews.Order(
            link.invoiceNumber,
            link.orderReference(),
            link.status(),
            link.price,
            link.currency,
            "optty-sandbox",
            Times.iso(link.updatedAt()),
            link.failureReason()));
  }
}
