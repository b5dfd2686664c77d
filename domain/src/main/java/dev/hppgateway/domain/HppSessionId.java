package dev.hppgateway.domain;

/** The gateway's own id of a hosted payment page session ({@code hpp_…}); never a provider's id. */
public record HppSessionId(String value) {

  public HppSessionId {
    Require.text(value, "id", 64);
    Require.that(value.matches("[A-Za-z0-9_-]+"), "id", "may hold only letters, digits, _ and -");
  }

  public static HppSessionId of(String value) {
    return new HppSessionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
