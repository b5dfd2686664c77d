package dev.hppgateway.sandbox.hpp;

import static dev.hppgateway.sandbox.JsonFields.integer;
import static dev.hppgateway.sandbox.JsonFields.node;
import static dev.hppgateway.sandbox.JsonFields.present;
import static dev.hppgateway.sandbox.JsonFields.text;

import dev.hppgateway.sandbox.KlarnaError;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates an HPP create body as the provider does (PROVIDERS.md §1) and resolves its payment
 * session.
 */
final class HppCreateParser {

  static final Set<String> URL_NAMES =
      Set.of("success", "cancel", "back", "failure", "error", "status_update");
  private static final Set<String> CATEGORIES =
      Set.of(
          "DIRECT_DEBIT",
          "DIRECT_BANK_TRANSFER",
          "PAY_NOW",
          "PAY_LATER",
          "PAY_OVER_TIME",
          "KLARNA");
  private static final Set<String> PLACE_ORDER_MODES =
      Set.of("NONE", "PLACE_ORDER", "CAPTURE_ORDER");
  private static final Set<String> PURCHASE_TYPES =
      Set.of("BUY", "RENT", "BOOK", "SUBSCRIBE", "DOWNLOAD", "ORDER", "CONTINUE");
  private static final Pattern KP_URL = Pattern.compile(".*/payments/v1/sessions/([^/?#]+)/?$");
  private static final Pattern KCO_URL = Pattern.compile(".*/checkout/v3/orders/([^/?#]+)/?$");

  /** The validated request: exactly one of kpSession / kcoOrder is set. */
  record Parsed(
      KpSession kpSession,
      KcoOrder kcoOrder,
      Map<String, String> merchantUrls,
      String placeOrderMode,
      String pageTitle) {}

  private HppCreateParser() {}

  static Parsed parse(
      SimulatedProvider provider, JsonNode body, KpStore kpStore, KcoStore kcoStore, Instant now) {
    List<String> errors = new ArrayList<>();
    KpSession kp = null;
    KcoOrder kco = null;
    String sessionUrl = text(body, "payment_session_url");
    if (sessionUrl == null) {
      errors.add(
          (present(body, "payment_session_url") ? "Bad value: " : "Missing field: ")
              + "payment_session_url");
    } else {
      Matcher kpMatch = KP_URL.matcher(sessionUrl);
      Matcher kcoMatch = KCO_URL.matcher(sessionUrl);
      if (provider == SimulatedProvider.KLARNA && kpMatch.matches()) {
        kp = kpStore.find(kpMatch.group(1), now).orElse(null);
      } else if (provider == SimulatedProvider.KUSTOM && kcoMatch.matches()) {
        kco = kcoStore.find(kcoMatch.group(1), now).orElse(null);
      }
      if (kp == null && kco == null) {
        errors.add(
            "Bad value: payment_session_url (no such "
                + (provider == SimulatedProvider.KLARNA ? "KP payment session" : "KCO order")
                + ")");
      }
    }

    JsonNode options = node(body, "options");
    String placeOrderMode = "NONE";
    String pageTitle = null;
    if (options != null && !options.isObject()) {
      errors.add("Bad value: options");
    } else if (options != null) {
      placeOrderMode = enumValue(options, "place_order_mode", PLACE_ORDER_MODES, errors, "NONE");
      if (kco != null && !"NONE".equals(placeOrderMode)) {
        errors.add("Bad value: options.place_order_mode (only for KP sessions)");
      }
      if (present(options, "payment_method_category")
          && present(options, "payment_method_categories")) {
        errors.add(
            "Bad value: options.payment_method_category and options.payment_method_categories exclude each other");
      }
      enumValue(options, "payment_method_category", CATEGORIES, errors, null);
      JsonNode categories = node(options, "payment_method_categories");
      if (categories != null) {
        if (!categories.isArray()) {
          errors.add("Bad value: options.payment_method_categories");
        } else {
          for (JsonNode category : categories.values()) {
            if (!category.isString() || !CATEGORIES.contains(category.getStringValue())) {
              errors.add("Bad value: options.payment_method_categories");
              break;
            }
          }
        }
      }
      enumValue(options, "purchase_type", PURCHASE_TYPES, errors, null);
      enumValue(options, "show_subtotal_detail", Set.of("HIDE"), errors, null);
      pageTitle = stringOption(options, "page_title", errors);
      String logo = stringOption(options, "logo_url", errors);
      if (logo != null && !UrlTemplates.isAbsoluteHttpUrl(logo)) {
        errors.add("Bad value: options.logo_url");
      }
      JsonNode images = node(options, "background_images");
      if (images != null) {
        if (!images.isArray()) {
          errors.add("Bad value: options.background_images");
        } else {
          int index = 0;
          for (JsonNode image : images.values()) {
            if (!image.isObject()
                || text(image, "url") == null
                || (present(image, "width") && integer(node(image, "width")) == null)) {
              errors.add("Bad value: options.background_images[" + index + "]");
            }
            index++;
          }
        }
      }
    }
    if (present(body, "profile_id") && text(body, "profile_id") == null) {
      errors.add("Bad value: profile_id");
    }

    Map<String, String> urls = merchantUrls(body, kp != null, kco != null, placeOrderMode, errors);
    if (!errors.isEmpty()) {
      throw KlarnaError.badValue(errors);
    }
    return new Parsed(kp, kco, urls, placeOrderMode, pageTitle);
  }

  /**
   * Placeholder rules: {{session_id}} anywhere; {{authorization_token}} only in success and only
   * for KP; {{order_id}} only for KCO or KP with PLACE_ORDER/CAPTURE_ORDER.
   */
  private static Map<String, String> merchantUrls(
      JsonNode body, boolean kp, boolean kco, String placeOrderMode, List<String> errors) {
    Map<String, String> urls = new LinkedHashMap<>();
    JsonNode node = node(body, "merchant_urls");
    if (node == null) {
      return urls;
    }
    if (!node.isObject()) {
      errors.add("Bad value: merchant_urls");
      return urls;
    }
    for (Map.Entry<String, JsonNode> entry : node.entries()) {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      String field = "merchant_urls." + name;
      if (!URL_NAMES.contains(name)) {
        errors.add("Bad value: " + field + " (unknown merchant URL)");
        continue;
      }
      if (value == null
          || value.isNull()
          || (value.isString() && value.getStringValue().isBlank())) {
        continue;
      }
      if (!value.isString()) {
        errors.add("Bad value: " + field);
        continue;
      }
      String url = value.getStringValue().trim();
      if (!UrlTemplates.isAbsoluteHttpUrl(url)) {
        errors.add("Bad value: " + field + " (an absolute http(s) URL)");
        continue;
      }
      for (String placeholder : UrlTemplates.placeholders(url)) {
        switch (placeholder) {
          case "session_id" -> {}
          case "authorization_token" -> {
            if (!name.equals("success")) {
              errors.add(
                  "Bad value: "
                      + field
                      + " ({{authorization_token}} is only allowed in the success URL)");
            } else if (!kp && kco) {
              errors.add(
                  "Bad value: "
                      + field
                      + " ({{authorization_token}} is only allowed for KP sessions)");
            }
          }
          case "order_id" -> {
            if (kp && "NONE".equals(placeOrderMode)) {
              errors.add(
                  "Bad value: "
                      + field
                      + " ({{order_id}} needs a KCO order or place_order_mode PLACE_ORDER/CAPTURE_ORDER)");
            }
          }
          default ->
              errors.add("Bad value: " + field + " (unknown placeholder {{" + placeholder + "}})");
        }
      }
      urls.put(name, url);
    }
    return urls;
  }

  private static String enumValue(
      JsonNode options, String name, Set<String> allowed, List<String> errors, String fallback) {
    if (!present(options, name)) {
      return fallback;
    }
    String value = text(options, name);
    if (value == null || !allowed.contains(value)) {
      errors.add("Bad value: options." + name);
      return fallback;
    }
    return value;
  }

  private static String stringOption(JsonNode options, String name, List<String> errors) {
    if (!present(options, name)) {
      return null;
    }
    String value = text(options, name);
    if (value == null) {
      errors.add("Bad value: options." + name);
    }
    return value;
  }
}
