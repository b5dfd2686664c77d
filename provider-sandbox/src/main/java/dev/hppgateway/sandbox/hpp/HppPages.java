package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.BaseUrls;
import dev.hppgateway.sandbox.Html;
import dev.hppgateway.sandbox.Ids;
import dev.hppgateway.sandbox.QrCodes;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.ShopperPage;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shopper page behind an HPP session's redirect_url. Opening it puts the session IN_PROGRESS;
 * each button moves the session, fires the status callback and redirects to the merchant URL for
 * the outcome (error falls back to failure; no URL: the sandbox's generic page).
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class HppPages {

  private final HppStore store;
  private final KpStore kpStore;
  private final KcoPushes pushes;
  private final HppCallbacks callbacks;
  private final SandboxSettings settings;
  private final SandboxClock clock;
  private final BaseUrls baseUrls;

  HppPages(
      HppStore store,
      KpStore kpStore,
      KcoPushes pushes,
      HppCallbacks callbacks,
      SandboxSettings settings,
      SandboxClock clock,
      BaseUrls baseUrls) {
    this.store = store;
    this.kpStore = kpStore;
    this.pushes = pushes;
    this.callbacks = callbacks;
    this.settings = settings;
    this.clock = clock;
    this.baseUrls = baseUrls;
  }

  MutableHttpResponse<String> open(SimulatedProvider provider, String id) {
    Instant now = clock.now();
    Optional<HppSession> found = store.findAny(provider, id);
    if (found.isEmpty()) {
      return Html.message(
          HttpStatus.NOT_FOUND,
          label(provider),
          "Unknown payment",
          "There is no payment session " + id + ".");
    }
    HppSession session = found.get();
    if (session.expired(now)) {
      return expired(provider);
    }
    HppViews.Session changed = null;
    synchronized (session) {
      if (!session.isFinal() && session.moveTo(HppSession.IN_PROGRESS, now)) {
        changed = session.view();
      }
    }
    if (changed != null) {
      callbacks.statusChanged(session, changed);
    }
    String status = session.status();
    boolean isFinal = session.isFinal();
    return Html.render(
        HttpStatus.OK,
        page(
            provider,
            session,
            status,
            isFinal ? "This payment is already " + status + "." : null,
            !isFinal));
  }

  MutableHttpResponse<?> act(
      SimulatedProvider provider, String id, String action, HttpRequest<?> request) {
    String next =
        switch (action) {
          case "pay" -> HppSession.COMPLETED;
          case "cancel" -> HppSession.CANCELLED;
          case "back" -> HppSession.BACK;
          case "decline" -> HppSession.FAILED;
          case "error" -> HppSession.ERROR;
          default -> null;
        };
    Optional<HppSession> found = store.findAny(provider, id);
    if (next == null || found.isEmpty()) {
      return Html.message(
          HttpStatus.NOT_FOUND, label(provider), "Unknown payment", "Nothing to do here.");
    }
    HppSession session = found.get();
    Instant now = clock.now();
    if (session.expired(now)) {
      return expired(provider);
    }
    HppViews.Session view;
    KcoOrder completedOrder = null;
    synchronized (session) {
      if (session.isFinal()) {
        return Html.render(
            HttpStatus.CONFLICT,
            page(
                provider,
                session,
                session.status(),
                "This payment is already " + session.status() + ".",
                false));
      }
      if (HppSession.COMPLETED.equals(next)) {
        completedOrder = complete(session, now);
      }
      session.moveTo(next, now);
      view = session.view();
    }
    callbacks.statusChanged(session, view);
    if (completedOrder != null) {
      pushes.start(completedOrder);
    }
    return HttpResponse.seeOther(URI.create(redirectTarget(provider, session, next, request)));
  }

  MutableHttpResponse<?> qr(SimulatedProvider provider, String id, HttpRequest<?> request) {
    Optional<HppSession> found = store.find(provider, id, clock.now());
    if (found.isEmpty()) {
      return HttpResponse.notFound();
    }
    byte[] png =
        QrCodes.png(baseUrls.of(request) + "/sandbox/" + provider.pathName() + "/pay/" + id, 300);
    return HttpResponse.ok(png).contentType(MediaType.IMAGE_PNG_TYPE);
  }

  MutableHttpResponse<String> result(SimulatedProvider provider, String id, String outcome) {
    String text =
        switch (outcome == null ? "" : outcome.toUpperCase(Locale.ROOT)) {
          case HppSession.COMPLETED -> "Payment completed";
          case HppSession.CANCELLED -> "Payment cancelled";
          case HppSession.BACK -> "Back to the shop";
          case HppSession.FAILED -> "Payment declined";
          case HppSession.ERROR -> "Something went wrong";
          default -> "Done";
        };
    return Html.outcome(label(provider), text, id);
  }

  /**
   * KP: mint an authorization token, or place the order itself in PLACE_ORDER modes. KCO: complete
   * the order.
   */
  private KcoOrder complete(HppSession session, Instant now) {
    String reference = Ids.shortId(10).toUpperCase(Locale.ROOT);
    if (session.isKp()) {
      if (session.placesOrder()) {
        session.kpSession.authorized(null);
        session.outcome(null, Ids.uuid(), reference);
      } else {
        String token = Ids.uuid();
        kpStore.add(
            new KpAuthorization(
                token, session.kpSession, now.plus(settings.authorizationTokenLifetime())));
        session.kpSession.authorized(token);
        session.outcome(token, null, null);
      }
      return null;
    }
    KcoOrder order = session.kcoOrder;
    boolean firstCompletion = order.complete(now, reference);
    session.outcome(null, order.id, order.klarnaReference());
    return firstCompletion ? order : null;
  }

  private String redirectTarget(
      SimulatedProvider provider, HppSession session, String status, HttpRequest<?> request) {
    String template =
        switch (status) {
          case HppSession.COMPLETED -> session.merchantUrls.get("success");
          case HppSession.CANCELLED -> session.merchantUrls.get("cancel");
          case HppSession.BACK -> session.merchantUrls.get("back");
          case HppSession.FAILED -> session.merchantUrls.get("failure");
          default ->
              session.merchantUrls.getOrDefault("error", session.merchantUrls.get("failure"));
        };
    if (template == null) {
      return baseUrls.of(request)
          + "/sandbox/"
          + provider.pathName()
          + "/pay/"
          + session.id
          + "/result?outcome="
          + status;
    }
    Map<String, String> values = new HashMap<>();
    values.put("session_id", session.id);
    values.put(
        "authorization_token",
        HppSession.COMPLETED.equals(status) ? session.authorizationToken() : null);
    values.put("order_id", session.orderId());
    return UrlTemplates.substitute(template, values);
  }

  private ShopperPage page(
      SimulatedProvider provider,
      HppSession session,
      String status,
      String notice,
      boolean buttons) {
    Purchase purchase = session.purchase();
    String title = session.pageTitle == null ? "Complete your purchase" : session.pageTitle;
    return new ShopperPage(
        label(provider),
        settings.merchantName(),
        title,
        purchase.formattedAmount(),
        purchase.pageLines(),
        status,
        notice,
        "/sandbox/" + provider.pathName() + "/pay/" + session.id,
        buttons);
  }

  private static MutableHttpResponse<String> expired(SimulatedProvider provider) {
    return Html.message(
        HttpStatus.GONE,
        label(provider),
        "Payment expired",
        "This payment session has expired. Please return to the shop and start again.");
  }

  static String label(SimulatedProvider provider) {
    return provider == SimulatedProvider.KLARNA ? "Klarna" : "Kustom";
  }
}
