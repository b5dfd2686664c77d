package dev.hppgateway.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Callback URLs carry a random secret because providers do not sign callbacks. Only its SHA-256 is
 * stored, and checks compare in constant time.
 */
public final class CallbackSecrets {
  private static final String NO_HASH = hash("no-secret-configured");

  private CallbackSecrets() {}

  public static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Constant-time check; a missing hash still costs one comparison and never matches. */
  public static boolean matches(String secret, String expectedHash) {
    byte[] actual = hash(secret == null ? "" : secret).getBytes(StandardCharsets.US_ASCII);
    byte[] expected =
        (expectedHash == null ? NO_HASH : expectedHash).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(actual, expected) && expectedHash != null;
  }
}
