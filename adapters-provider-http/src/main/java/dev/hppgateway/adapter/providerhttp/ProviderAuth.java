package dev.hppgateway.adapter.providerhttp;

/**
 * How a call proves who sends it. A connection has one default ({@link #basic} for Klarna and
 * Kustom, {@link #none} for an OAuth token host); a call may bring its own ({@link #bearer} with a
 * token fetched per call, as Optty's API wants). No {@code toString()} shows a secret.
 */
public sealed interface ProviderAuth
    permits ProviderAuth.Basic, ProviderAuth.Bearer, ProviderAuth.None {

  /** HTTP Basic with the merchant's API credentials. */
  static ProviderAuth basic(String username, String password) {
    return new Basic(username, password);
  }

  /** {@code Authorization: Bearer <token>}. */
  static ProviderAuth bearer(String token) {
    return new Bearer(token);
  }

  /**
   * No Authorization header (the credentials travel in the body, as for an OAuth token request).
   */
  static ProviderAuth none() {
    return None.INSTANCE;
  }

  /** HTTP Basic credentials; both are required. */
  record Basic(String username, String password) implements ProviderAuth {
    public Basic {
      // The messages name the field only: the value may be a secret.
      if (username == null || username.isBlank()) {
        throw new IllegalArgumentException("username is required");
      }
      if (password == null || password.isBlank()) {
        throw new IllegalArgumentException("password is required");
      }
    }

    @Override
    public String toString() {
      return "Basic[username=" + username + ", password=***]";
    }
  }

  /** A bearer token; required. */
  record Bearer(String token) implements ProviderAuth {
    public Bearer {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("bearer token is required");
      }
    }

    @Override
    public String toString() {
      return "Bearer[token=***]";
    }
  }

  /** No authentication header. */
  enum None implements ProviderAuth {
    INSTANCE
  }
}
