package dev.hppgateway.bootstrap.api;

import java.util.Optional;

/**
 * Merchant webhook signing secrets (HMAC-SHA256 keys): {@value #MIN_LENGTH} to {@value #MAX_LENGTH}
 * printable ASCII characters without spaces. A secret is never logged or echoed in an error.
 */
public final class WebhookSecrets {
  public static final int MIN_LENGTH = 32;
  public static final int MAX_LENGTH = 1024;

  private WebhookSecrets() {}

  /** Why {@code secret} cannot sign webhooks, or empty when it can; never quotes the secret. */
  public static Optional<String> problem(String secret) {
    if (secret == null
        || secret.length() < MIN_LENGTH
        || secret.length() > MAX_LENGTH
        || !secret.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      return Optional.of(
          "must be "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " printable ASCII characters without spaces");
    }
    return Optional.empty();
  }
}
