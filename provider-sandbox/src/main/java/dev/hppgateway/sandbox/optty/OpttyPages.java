package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.Amounts;
import dev.hppgateway.sandbox.BaseUrls;
import dev.hppgateway.sandbox.Html;
import dev.hppgateway.sandbox.QrCodes;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.ShopperPage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The page behind a payment link. Opening it creates the order (INITIATED); Pay, Decline, Cancel
 * and Error set SUCCESSFUL, DECLINED, CANCELLED, ERROR and send the webhook; Back changes nothing.
 * Every button returns the shopper to the merchant's redirect URL with {@code hash, reference,
 * status, providerReference}.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class OpttyPages {

  private final OpttyLinks links;
  private final OpttyWebhooks webhooks;
  private final OpttyMerchants merchants;
  private final SandboxSettings settings;
  private final SandboxClock clock;
  private final BaseUrls baseUrls;

  OpttyPages(
      OpttyLinks links,
      OpttyWebhooks webhooks,
      OpttyMerchants merchants,
      SandboxSettings settings,
      SandboxClock clock,
      BaseUrls baseUrls) {
    this.links = links;
    this.webhooks = webhooks;
    this.merchants = merchants;
    this.settings = settings;
    this.clock = clock;
    this.baseUrls = baseUrls;
  }

  MutableHttpResponse<String> open(String id) {
    Optional<OpttyLink> found = links.byId(id);
    if (found.isEmpty()) {
      return Html.message(
          HttpStatus.NOT_FOUND,
          "Optty",
          "Unknown payment link",
          "There is no payment link " + id + ".");
    }
    OpttyLink link = found.get();
    Instant now = clock.now();
    if (link.expired(now)) {
      return expired();
    }
    boolean changed;
    synchronized (link) {
      changed = !link.isFinal() && link.open(now);
    }
    if (changed) {
      webhooks.statusChanged(link);
    }
    boolean isFinal = link.isFinal();
    String status = link.linkCancelled() ? OpttyLink.CANCELLED : link.status();
    return Html.render(
        HttpStatus.OK,
        page(
            link,
            status,
            isFinal ? "This payment link is already " + status + "." : null,
            !isFinal));
  }

  MutableHttpResponse<?> act(String id, String action, HttpRequest<?> request) {
    Optional<OpttyLink> found = links.byId(id);
    if (found.isEmpty() || !List.of("pay", "decline", "cancel", "back", "error").contains(action)) {
      return Html.message(
          HttpStatus.NOT_FOUND, "Optty", "Unknown payment link", "Nothing to do here.");
    }
    OpttyLink link = found.get();
    Instant now = clock.now();
    if (link.expired(now)) {
      return expired();
    }
    boolean changed;
    synchronized (link) {
      if (link.isFinal()) {
        return Html.render(
            HttpStatus.CONFLICT,
            page(
                link,
                link.status(),
                "This payment link is already "
                    + (link.linkCancelled() ? OpttyLink.CANCELLED : link.status())
                    + ".",
                false));
      }
      boolean opened = link.open(now);
      changed =
          switch (action) {
            case "pay" -> link.set(OpttyLink.SUCCESSFUL, null, now);
            case "decline" ->
                link.set(OpttyLink.DECLINED, "Declined by the shopper (sandbox)", now);
            case "cancel" -> link.set(OpttyLink.CANCELLED, null, now);
            case "error" -> link.set(OpttyLink.ERROR, "Provider error (sandbox)", now);
            default -> opened;
          };
    }
    if (changed) {
      webhooks.statusChanged(link);
    }
    return HttpResponse.seeOther(URI.create(redirectTarget(link, request)));
  }

  MutableHttpResponse<?> qr(String id, HttpRequest<?> request) {
    Optional<OpttyLink> found = links.byId(id).filter(link -> !link.expired(clock.now()));
    if (found.isEmpty()) {
      return HttpResponse.notFound();
    }
    byte[] png = QrCodes.png(baseUrls.of(request) + "/sandbox/optty/pay/" + id, 300);
    return HttpResponse.ok(png).contentType(MediaType.IMAGE_PNG_TYPE);
  }

  MutableHttpResponse<String> result(String id, String status) {
    String text =
        switch (status == null ? "" : status) {
          case OpttyLink.SUCCESSFUL -> "Payment completed";
          case OpttyLink.CANCELLED -> "Payment cancelled";
          case OpttyLink.DECLINED -> "Payment declined";
          case OpttyLink.ERROR -> "Something went wrong";
          default -> "Back to the shop";
        };
    return Html.outcome("Optty", text, id);
  }

  private String redirectTarget(OpttyLink link, HttpRequest<?> request) {
    OpttyMerchant merchant = merchants.of(link.clientId);
    String status = link.status();
    String reference = link.invoiceNumber;
    if (merchant.redirectUrl() == null) {
      return baseUrls.of(request)
          + "/sandbox/optty/pay/"
          + link.id
          + "/result?status="
          + encode(status);
    }
    String hash = OpttyRedirectHash.of(status, reference, merchant.paymentSecret());
    String separator = merchant.redirectUrl().contains("?") ? "&" : "?";
    return merchant.redirectUrl()
        + separator
        + "hash="
        + encode(hash)
        + "&reference="
        + encode(reference)
        + "&status="
        + encode(status)
        + "&providerReference="
        + encode(link.orderReference());
  }

  private ShopperPage page(OpttyLink link, String status, String notice, boolean buttons) {
    List<ShopperPage.Line> lines =
        link.items.stream()
            .map(
                item ->
                    new ShopperPage.Line(
                        item.name(),
                        item.quantity(),
                        item.price() == null
                            ? ""
                            : Amounts.format(
                                Amounts.toMinor(
                                    item.price()
                                        .setScale(
                                            Amounts.digits(link.currency), RoundingMode.HALF_UP),
                                    link.currency),
                                link.currency)))
            .toList();
    return new ShopperPage(
        "Optty",
        settings.merchantName(),
        link.description,
        Amounts.format(link.priceMinor(), link.currency),
        lines,
        status == null ? "CREATED" : status,
        notice,
        "/sandbox/optty/pay/" + link.id,
        buttons);
  }

  private static MutableHttpResponse<String> expired() {
    return Html.message(
        HttpStatus.GONE,
        "Optty",
        "Payment link expired",
        "This payment link has expired. Please ask the merchant for a new one.");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
