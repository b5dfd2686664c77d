package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.BaseUrls;
import dev.hppgateway.sandbox.Ids;
import dev.hppgateway.sandbox.KlarnaError;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import dev.hppgateway.sandbox.Times;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.util.List;

/** The Klarna Payments API: payment sessions, and placing an order with an authorization token. */
@Controller("/sandbox/klarna/payments/v1")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class KpPaymentsController {

  private final KpStore store;
  private final SandboxSettings settings;
  private final SandboxClock clock;
  private final BaseUrls baseUrls;
  private final JsonMapper json;

  KpPaymentsController(
      KpStore store,
      SandboxSettings settings,
      SandboxClock clock,
      BaseUrls baseUrls,
      JsonMapper json) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.baseUrls = baseUrls;
    this.json = json;
  }

  @Post(
      value = "/sessions",
      consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<KpViews.Created> create(HttpRequest<?> request, @Nullable @Body String body) {
    BasicAuth.require(request, settings, SimulatedProvider.KLARNA);
    JsonNode node = KlarnaBody.of(json, body);
    Purchase purchase = PurchaseParser.parse(node, false);
    Instant now = clock.now();
    String id = Ids.uuid();
    String clientToken = Ids.jwtLike("{\"session_id\":\"" + id + "\",\"iss\":\"sandbox\"}");
    store.add(new KpSession(id, purchase, clientToken, now, now.plus(settings.sessionLifetime())));
    return HttpResponse.ok(new KpViews.Created(id, clientToken, categories()));
  }

  @Get("/sessions/{id}")
  HttpResponse<KpViews.Session> read(HttpRequest<?> request, @PathVariable String id) {
    BasicAuth.require(request, settings, SimulatedProvider.KLARNA);
    KpSession session =
        store
            .find(id, clock.now())
            .orElseThrow(() -> KlarnaError.notFound("No such session: " + id));
    Purchase p = session.purchase;
    return HttpResponse.ok(
        new KpViews.Session(
            session.id,
            session.status(),
            session.clientToken,
            p.purchaseCountry(),
            p.purchaseCurrency(),
            p.locale(),
            p.orderAmount(),
            p.orderTaxAmount(),
            p.orderLines(),
            p.merchantReference1(),
            p.merchantReference2(),
            Times.iso(session.expiresAt),
            categories()));
  }

  /** Same idempotency key: the same order again. Another key (or none) on a used token: refused. */
  @Post(
      value = "/authorizations/{token}/order",
      consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<KpOrder> placeOrder(
      HttpRequest<?> request,
      @PathVariable String token,
      @Nullable @Header("Klarna-Idempotency-Key") String idempotencyKey,
      @Nullable @Body String body) {
    BasicAuth.require(request, settings, SimulatedProvider.KLARNA);
    KpAuthorization authorization =
        store
            .authorization(token, clock.now())
            .orElseThrow(
                () -> KlarnaError.notFound("Authorization token is unknown, cancelled or expired"));
    synchronized (authorization) {
      KpOrder existing = authorization.order();
      if (existing != null) {
        if (idempotencyKey != null && idempotencyKey.equals(authorization.idempotencyKey())) {
          return HttpResponse.ok(existing);
        }
        throw KlarnaError.notAllowed("An order was already placed with this authorization token");
      }
      JsonNode node = KlarnaBody.of(json, body);
      Purchase purchase = PurchaseParser.parse(node, false);
      Purchase authorized = authorization.session.purchase;
      if (purchase.orderAmount() != authorized.orderAmount()
          || !purchase.purchaseCurrency().equals(authorized.purchaseCurrency())) {
        throw KlarnaError.badValue(
            "Bad value: order_amount (differs from the authorized purchase)");
      }
      String orderId = Ids.uuid();
      KpOrder order =
          new KpOrder(
              orderId,
              baseUrls.of(request) + "/sandbox/klarna/pay-confirmation/" + orderId,
              "ACCEPTED");
      authorization.placed(order, idempotencyKey);
      return HttpResponse.ok(order);
    }
  }

  @Delete("/authorizations/{token}")
  HttpResponse<Void> cancelAuthorization(HttpRequest<?> request, @PathVariable String token) {
    BasicAuth.require(request, settings, SimulatedProvider.KLARNA);
    KpAuthorization authorization =
        store
            .authorization(token, clock.now())
            .orElseThrow(
                () -> KlarnaError.notFound("Authorization token is unknown, cancelled or expired"));
    if (authorization.order() != null) {
      throw KlarnaError.notAllowed("An order was already placed with this authorization token");
    }
    authorization.cancel();
    return HttpResponse.noContent();
  }

  private static List<KpViews.Category> categories() {
    return List.of(
        new KpViews.Category(
            "pay_later",
            "Pay later.",
            new KpViews.AssetUrls(
                "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg",
                "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg")),
        new KpViews.Category(
            "pay_over_time",
            "Financing.",
            new KpViews.AssetUrls(
                "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg",
                "https://x.klarnacdn.net/payment-method/assets/badges/generic/klarna.svg")));
  }
}
