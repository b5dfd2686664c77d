package dev.hppgateway.sandbox;

import java.util.Locale;
import java.util.Optional;

/** The three providers the sandbox imitates; each has its own fault profile and URL prefix. */
public enum SimulatedProvider {
  KLARNA("klarna"),
  KUSTOM("kustom"),
  OPTTY("optty");

  private final String pathName;

  SimulatedProvider(String pathName) {
    this.pathName = pathName;
  }

  /**
   * The lower-case name used in URLs and configuration keys ({@code hpp.sandbox.faults.klarna.*}).
   */
  public String pathName() {
    return pathName;
  }

  public static Optional<SimulatedProvider> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (SimulatedProvider provider : values()) {
      if (provider.pathName.equals(wanted)) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }

  /** Which provider an API path belongs to ({@code /sandbox/optty-auth/...} counts as Optty). */
  public static Optional<SimulatedProvider> fromPath(String path) {
    if (path == null || !path.startsWith("/sandbox/")) {
      return Optional.empty();
    }
    String rest = path.substring("/sandbox/".length());
    int slash = rest.indexOf('/');
    String first = slash < 0 ? rest : rest.substring(0, slash);
    if (first.equals("optty-auth")) {
      return Optional.of(OPTTY);
    }
    return fromName(first);
  }
}
