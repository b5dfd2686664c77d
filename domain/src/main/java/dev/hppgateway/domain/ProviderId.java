package dev.hppgateway.domain;

/**
 * Names a payment provider adapter ({@code klarna-kp}, {@code kustom-kco}, {@code optty-direct}). A
 * value, not an enum: a new adapter brings its own id without changing the core.
 */
public record ProviderId(String value) {

  public ProviderId {
    Require.present(value, "provider");
    Require.that(
        value.matches("[a-z][a-z0-9-]{1,39}"),
        "provider",
        "must be a lowercase provider id like klarna-kp (letters, digits, dashes)");
  }

  public static ProviderId of(String value) {
    return new ProviderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
