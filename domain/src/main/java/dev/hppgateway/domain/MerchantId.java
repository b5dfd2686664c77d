package dev.hppgateway.domain;

import java.util.regex.Pattern;

/** The merchant that owns sessions; every read and write is scoped by it. */
public record MerchantId(String value) {
  private static final Pattern ID_CHARS = Pattern.compile("[A-Za-z0-9_-]+");

  public MerchantId {
    Require.text(value, "merchant_id", 64);
    Require.that(
        ID_CHARS.matcher(value).matches(), "merchant_id", "may hold only letters, digits, _ and -");
  }

  public static MerchantId of(String value) {
    return new MerchantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
