package dev.hppgateway.adapter.opttydirect;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The values that must never leave the adapter in a message: the client secret and the bearer
 * tokens issued with it. Provider error texts are passed through {@link #redact} because a server
 * may echo a request back in its error.
 */
final class OpttySecrets {
  private static final int KEEP_TOKENS = 8;
  private static final String MASK = "***";

  private final String clientSecret;
  private final Deque<String> tokens = new ArrayDeque<>();

  OpttySecrets(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  synchronized void rememberToken(String token) {
    tokens.addFirst(token);
    while (tokens.size() > KEEP_TOKENS) {
      tokens.removeLast();
    }
  }

  synchronized String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text.replace(clientSecret, MASK);
    for (String token : tokens) {
      result = result.replace(token, MASK);
    }
    return result;
  }
}
