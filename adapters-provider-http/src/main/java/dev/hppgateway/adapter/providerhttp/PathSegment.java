package dev.hppgateway.adapter.providerhttp;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes provider ids before they go into a path, so an odd id cannot change the route.
 */
public final class PathSegment {
  private PathSegment() {}

  public static String encode(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a path segment must not be empty");
    }
    StringBuilder out = new StringBuilder(value.length());
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append(c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
