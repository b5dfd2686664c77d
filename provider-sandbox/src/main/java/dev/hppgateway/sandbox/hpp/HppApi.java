package dev.hppgateway.sandbox.hpp;

import static dev.hppgateway.sandbox.JsonFields.node;
import static dev.hppgateway.sandbox.JsonFields.text;

import dev.hppgateway.sandbox.BaseUrls;
import dev.hppgateway.sandbox.Ids;
import dev.hppgateway.sandbox.KlarnaError;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import dev.hppgateway.sandbox.Times;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The HPP v1 API shared by the Klarna and Kustom simulators (only the URL prefix differs). */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class HppApi {

  private final HppStore store;
  private final KpStore kpStore;
  private final KcoStore kcoStore;
  private final HppCallbacks callbacks;
  private final SandboxSettings settings;
  private final SandboxClock clock;
  private final BaseUrls baseUrls;
  private final JsonMapper json;

  HppApi(
      HppStore store,
      KpStore kpStore,
      KcoStore kcoStore,
      HppCallbacks callbacks,
      SandboxSettings settings,
      SandboxClock clock,
      BaseUrls baseUrls,
      JsonMapper json) {
    this.store = store;
    this.kpStore = kpStore;
    this.kcoStore = kcoStore;
    this.callbacks = callbacks;
    this.settings = settings;
    this.clock = clock;
    this.baseUrls = baseUrls;
    this.json = json;
  }

  HttpResponse<HppViews.Created> create(
      SimulatedProvider provider, HttpRequest<?> request, String body) {
    BasicAuth.require(request, settings, provider);
    JsonNode node = KlarnaBody.of(json, body);
    Instant now = clock.now();
    HppCreateParser.Parsed parsed = HppCreateParser.parse(provider, node, kpStore, kcoStore, now);
    Instant paymentExpiry =
        parsed.kpSession() != null ? parsed.kpSession().expiresAt : parsed.kcoOrder().expiresAt;
    HppSession session =
        new HppSession(
            Ids.uuid(),
            provider,
            parsed.kpSession(),
            parsed.kcoOrder(),
            parsed.merchantUrls(),
            parsed.placeOrderMode(),
            parsed.pageTitle(),
            now,
            paymentExpiry.minus(settings.hppExpiryMargin()),
            Ids.shortId(24));
    store.add(session);

    String base = baseUrls.of(request) + "/sandbox/" + provider.pathName();
    String sessionUrl = base + "/hpp/v1/sessions/" + session.id;
    String redirectUrl = base + "/pay/" + session.id;
    HppViews.DistributionModule module =
        new HppViews.DistributionModule(
            session.distributionToken,
            redirectUrl + "?distribution=" + session.distributionToken,
            sessionUrl + "/distribution-module/token");
    HppViews.Created created =
        new HppViews.Created(
            session.id,
            sessionUrl,
            redirectUrl,
            redirectUrl + "/qr",
            sessionUrl + "/distribution",
            Times.iso(session.expiresAt),
            module,
            provider == SimulatedProvider.KUSTOM ? sessionUrl + "/manual-id-check" : null);
    return HttpResponse.created(created);
  }

  HttpResponse<HppViews.Session> read(
      SimulatedProvider provider, HttpRequest<?> request, String id) {
    BasicAuth.require(request, settings, provider);
    return HttpResponse.ok(live(provider, id).view());
  }

  /** 204; 400 once COMPLETED; repeating it (or disabling a cancelled session) changes nothing. */
  HttpResponse<Void> disable(SimulatedProvider provider, HttpRequest<?> request, String id) {
    BasicAuth.require(request, settings, provider);
    HppSession session = live(provider, id);
    HppViews.Session view;
    synchronized (session) {
      if (HppSession.COMPLETED.equals(session.status())) {
        throw KlarnaError.notAllowed("The session is COMPLETED and cannot be disabled");
      }
      if (!session.moveTo(HppSession.DISABLED, clock.now())) {
        return HttpResponse.noContent();
      }
      view = session.view();
    }
    callbacks.statusChanged(session, view);
    return HttpResponse.noContent();
  }

  HttpResponse<Void> distribute(
      SimulatedProvider provider, HttpRequest<?> request, String id, String body) {
    BasicAuth.require(request, settings, provider);
    HppSession session = live(provider, id);
    JsonNode node = KlarnaBody.of(json, body);
    if (session.isFinal()) {
      throw KlarnaError.notAllowed(
          "The session is " + session.status() + " and cannot be distributed");
    }
    List<String> errors = new ArrayList<>();
    String method = text(node, "method");
    JsonNode contact = node(node, "contact_information");
    if (method == null) {
      errors.add("Missing field: method");
    } else {
      switch (method) {
        case "sms" -> {
          if (text(contact, "phone") == null) {
            errors.add("Missing field: contact_information.phone");
          }
          if (text(contact, "phone_country") == null) {
            errors.add("Missing field: contact_information.phone_country");
          }
        }
        case "email" -> {
          String email = text(contact, "email");
          if (email == null || !email.contains("@")) {
            errors.add("Missing field: contact_information.email");
          }
        }
        case "token" -> {
          if (text(node, "access_id") == null && text(contact, "access_id") == null) {
            errors.add("Missing field: access_id");
          }
        }
        default -> errors.add("Bad value: method (sms, email or token)");
      }
    }
    if (!errors.isEmpty()) {
      throw KlarnaError.badValue(errors);
    }
    return HttpResponse.status(HttpStatus.CREATED);
  }

  private HppSession live(SimulatedProvider provider, String id) {
    return store
        .find(provider, id, clock.now())
        .orElseThrow(() -> KlarnaError.notFound("No such session: " + id));
  }
}
