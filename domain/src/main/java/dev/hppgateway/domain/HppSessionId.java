package dev.hppgateway.domain;

import java.util.regex.Pattern;

/** The gateway's own id of a hosted payment page session ({@code hpp_…}); never a provider's id. */
public record HppSessionId(String value) {
  private static final Pattern ID_CHARS = Pattern.compile("[A-Za-z0-9_-]+");

  public HppSessionId {
    Require.text(value, "id", 64);
    Require.that(ID_CHARS.matcher(value).matches(), "id", "may hold only letters, digits, _ and -");
  }

  public static HppSessionId of(String value) {
    return new HppSessionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
