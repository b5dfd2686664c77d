package dev.hppgateway.sandbox.hpp;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merchant URL templates: {@code {{name}}} placeholders, substitution with URL-encoding, URL
 * checks.
 */
final class UrlTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

  private UrlTemplates() {}

  static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  static Set<String> placeholders(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Replaces each {{name}} by its URL-encoded value (empty when the value is not known). */
  static String substitute(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(encode(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** An absolute http(s) URL once every kind of placeholder is filled with a harmless value. */
  static boolean isAbsoluteHttpUrl(String template) {
    String filled =
        PLACEHOLDER.matcher(template).replaceAll("x").replace("{checkout.order.id}", "x");
    try {
      URI uri = new URI(filled);
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    } catch (Exception invalid) {
      return false;
    }
  }
}
