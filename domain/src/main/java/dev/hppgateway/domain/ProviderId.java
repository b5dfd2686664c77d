package dev.hppgateway.domain;

import java.util.regex.Pattern;

/**
 * Names a payment provider adapter ({@code klarna-kp}, {@code kustom-kco}, {@code optty-direct}). A
 * value, not an enum: a new adapter brings its own id without changing the core.
 */
public record ProviderId(String value) {
  private static final Pattern PROVIDER_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  public ProviderId {
    Require.present(value, "provider");
    Require.that(
        PROVIDER_ID.matcher(value).matches(),
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
