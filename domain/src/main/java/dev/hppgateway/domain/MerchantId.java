package dev.hppgateway.domain;

/** The merchant that owns sessions; every read and write is scoped by it. */
public record MerchantId(String value) {

  public MerchantId {
    Require.text(value, "merchant_id", 64);
    Require.that(
        value.matches("[A-Za-z0-9_-]+"), "merchant_id", "may hold only letters, digits, _ and -");
  }

  public static MerchantId of(String value) {
    return new MerchantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
