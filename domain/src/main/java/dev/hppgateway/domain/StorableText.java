package dev.hppgateway.domain;

/**
 * Text the gateway can store, send and find again: well-formed UTF-16, so without an unpaired
 * surrogate (UTF-8 cannot encode one: the database, a provider's JSON and a URL would each get a
 * {@code '?'} instead, and the page could no longer be found by what the merchant sent), and
 * without NUL (U+0000, which PostgreSQL text cannot hold). Every other character, RTL marks, emoji,
 * combining marks and other control characters included, is kept verbatim.
 */
public final class StorableText {
  private StorableText() {}

  /**
   * @return {@code value}, unchanged
   * @throws DomainValidationException naming {@code field} when {@code value} holds NUL or an
   *     unpaired surrogate; null passes (presence is the caller's rule)
   */
  public static String require(String value, String field) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0000') {
        throw new DomainValidationException(field, "must not contain NUL (U+0000)");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new DomainValidationException(
            field, "must be valid Unicode: it has an unpaired surrogate at position " + i);
      }
    }
    return value;
  }
}
