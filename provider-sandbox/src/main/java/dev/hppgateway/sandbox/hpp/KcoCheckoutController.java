package dev.hppgateway.sandbox.hpp;

import static dev.hppgateway.sandbox.JsonFields.node;
import static dev.hppgateway.sandbox.JsonFields.present;
import static dev.hppgateway.sandbox.JsonFields.text;

import dev.hppgateway.sandbox.BaseUrls;
import dev.hppgateway.sandbox.Ids;
import dev.hppgateway.sandbox.KlarnaError;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Kustom Checkout v3 API: create and read orders. */
@Controller("/sandbox/kustom/checkout/v3/orders")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class KcoCheckoutController {

  private static final List<String> REQUIRED_URLS =
      List.of("terms", "checkout", "confirmation", "push");

  private final KcoStore store;
  private final SandboxSettings settings;
  private final SandboxClock clock;
  private final BaseUrls baseUrls;
  private final JsonMapper json;

  KcoCheckoutController(
      KcoStore store,
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

  @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<KcoViews.Order> create(HttpRequest<?> request, @Nullable @Body String body) {
    BasicAuth.require(request, settings, SimulatedProvider.KUSTOM);
    JsonNode node = KlarnaBody.of(json, body);
    Map<String, String> urls = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    JsonNode merchantUrls = node(node, "merchant_urls");
    if (merchantUrls == null || !merchantUrls.isObject()) {
      errors.add(
          (present(node, "merchant_urls") ? "Bad value: " : "Missing field: ") + "merchant_urls");
    } else {
      for (String name : REQUIRED_URLS) {
        String url = text(merchantUrls, name);
        if (url == null) {
          errors.add(
              (present(merchantUrls, name) ? "Bad value: " : "Missing field: ")
                  + "merchant_urls."
                  + name);
        } else if (!UrlTemplates.isAbsoluteHttpUrl(url)) {
          errors.add("Bad value: merchant_urls." + name + " (an absolute http(s) URL)");
        } else {
          urls.put(name, url);
        }
      }
    }
    Purchase purchase;
    try {
      purchase = PurchaseParser.parse(node, true);
    } catch (KlarnaError purchaseErrors) {
      errors.addAll(0, purchaseErrors.messages());
      throw KlarnaError.badValue(errors);
    }
    if (!errors.isEmpty()) {
      throw KlarnaError.badValue(errors);
    }
    Instant now = clock.now();
    KcoOrder order =
        new KcoOrder(Ids.uuid(), purchase, urls, now, now.plus(settings.sessionLifetime()));
    store.add(order);
    return HttpResponse.created(KcoViews.Order.of(order))
        .header(
            "Location", baseUrls.of(request) + "/sandbox/kustom/checkout/v3/orders/" + order.id);
  }

  @Get("/{id}")
  HttpResponse<KcoViews.Order> read(HttpRequest<?> request, @PathVariable String id) {
    BasicAuth.require(request, settings, SimulatedProvider.KUSTOM);
    KcoOrder order =
        store.find(id, clock.now()).orElseThrow(() -> KlarnaError.notFound("No such order: " + id));
    return HttpResponse.ok(KcoViews.Order.of(order));
  }
}
