package dev.hppgateway.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A merchant URL that may hold {@code {{placeholder}}} tokens. Parsing rejects what a provider
 * would silently break on: unknown or malformed tokens, relative or non-https URLs (plain http only
 * for loopback hosts, so the local sandbox works), credentials in the URL, tokens in the host, and
 * over-long URLs.
 */
public final class UrlTemplate {
  private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[a-z_]+");
  public static final int MAX_LENGTH = 2000;
  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  private final String raw;
  private final Set<Placeholder> placeholders;

  private UrlTemplate(String raw, Set<Placeholder> placeholders) {
    this.raw = raw;
    this.placeholders = Collections.unmodifiableSet(placeholders);
  }

  /**
   * @param field the name to blame in errors, such as {@code merchant_urls.success}
   */
  public static UrlTemplate parse(String raw, String field) {
    Require.text(raw, field, MAX_LENGTH);
    Set<Placeholder> found = EnumSet.noneOf(Placeholder.class);
    List<int[]> spans = scanTokens(raw, field, found);
    URI withX = toUri(substitute(raw, spans, "x"), field);
    URI withY = toUri(substitute(raw, spans, "y"), field);
    checkScheme(withX, field);
    if (!withX.getRawAuthority().equals(withY.getRawAuthority())) {
      throw new DomainValidationException(
          field, "placeholders are allowed in the path and query only, not in the host");
    }
    return new UrlTemplate(raw, found);
  }

  private static List<int[]> scanTokens(String raw, String field, Set<Placeholder> found) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < raw.length()) {
      int open = raw.indexOf("{{", i);
      int strayClose = raw.indexOf("}}", i);
      if (strayClose >= 0 && (open < 0 || strayClose < open)) {
        throw new DomainValidationException(
            field, "has '}}' without a matching '{{' at position " + strayClose);
      }
      if (open < 0) {
        break;
      }
      int close = raw.indexOf("}}", open + 2);
      if (close < 0) {
        throw new DomainValidationException(
            field, "has '{{' at position " + open + " that is never closed with '}}'");
      }
      String token = raw.substring(open + 2, close);
      if (!PLACEHOLDER_NAME.matcher(token).matches()) {
        throw new DomainValidationException(
            field,
            "has a malformed placeholder '{{"
                + token
                + "}}': use {{session_id}}, {{authorization_token}} or {{order_id}}");
      }
      Placeholder placeholder =
          Placeholder.fromToken(token)
              .orElseThrow(
                  () ->
                      new DomainValidationException(
                          field,
                          "has an unknown placeholder {{"
                              + token
                              + "}}: use {{session_id}}, {{authorization_token}} or {{order_id}}"));
      found.add(placeholder);
      spans.add(new int[] {open, close + 2});
      i = close + 2;
    }
    return spans;
  }

  private static String substitute(String raw, List<int[]> spans, String value) {
    StringBuilder out = new StringBuilder(raw.length());
    int from = 0;
    for (int[] span : spans) {
      out.append(raw, from, span[0]).append(value);
      from = span[1];
    }
    return out.append(raw, from, raw.length()).toString();
  }

  private static URI toUri(String candidate, String field) {
    try {
      URI uri = new URI(candidate);
      if (!uri.isAbsolute() || uri.getRawAuthority() == null || uri.getHost() == null) {
        throw new DomainValidationException(
            field, "must be an absolute URL with a host, like https://shop.example/return");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new DomainValidationException(field, "is not a valid URL: " + e.getReason());
    }
  }

  private static void checkScheme(URI uri, String field) {
    if (uri.getRawUserInfo() != null) {
      throw new DomainValidationException(field, "must not carry credentials");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http") && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      return;
    }
    throw new DomainValidationException(field, "must use https (plain http only for localhost)");
  }

  public String raw() {
    return raw;
  }

  public Set<Placeholder> placeholders() {
    return placeholders;
  }

  public boolean contains(Placeholder placeholder) {
    return placeholders.contains(placeholder);
  }

  /**
   * Fills every placeholder with its URL-encoded value, as the provider does on redirect.
   *
   * @throws IllegalArgumentException when a placeholder of this template has no value
   */
  public String resolve(Map<Placeholder, String> values) {
    String out = raw;
    for (Placeholder placeholder : placeholders) {
      String value = values.get(placeholder);
      if (value == null) {
        throw new IllegalArgumentException("no value for " + placeholder.literal() + " in " + raw);
      }
      out = out.replace(placeholder.literal(), encode(value));
    }
    return out;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UrlTemplate that && raw.equals(that.raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return raw;
  }
}
