package dev.hppgateway.domain;

import java.util.Optional;

/** The {@code {{…}}} tokens a provider replaces in merchant URLs when it redirects the shopper. */
public enum Placeholder {
  SESSION_ID("session_id"),
  AUTHORIZATION_TOKEN("authorization_token"),
  ORDER_ID("order_id");

  private final String token;

  Placeholder(String token) {
    this.token = token;
  }

  /** The name between the braces, as the provider spells it. */
  public String token() {
    return token;
  }

  public String literal() {
    return "{{" + token + "}}";
  }

  public static Optional<Placeholder> fromToken(String token) {
    for (Placeholder placeholder : values()) {
      if (placeholder.token.equals(token)) {
        return Optional.of(placeholder);
      }
    }
    return Optional.empty();
  }
}
