package dev.hppgateway.bootstrap.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Merchant API keys: {@value #PREFIX} and 32 random URL-safe base64 characters. Only a key's
 * SHA-256 (lowercase hex) is stored; a presented key is looked up by its hash and the hashes are
 * compared again in constant time.
 */
public final class ApiKeys {
  private static final Pattern KEY_CHARS = Pattern.compile("[A-Za-z0-9_-]+");
  public static final String PREFIX = "hppk_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  /** A new random key; shown once, never stored. */
  public static String generate() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code key} looks like a key at all (prefix, then at least 32 URL-safe characters). */
  public static boolean wellFormed(String key) {
    return key != null
        && key.startsWith(PREFIX)
        && key.length() >= PREFIX.length() + 32
        && key.length() <= 128
        && KEY_CHARS.matcher(key.substring(PREFIX.length())).matches();
  }

  public static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** Constant-time comparison of two hashes. */
  public static boolean sameHash(String a, String b) {
    return a != null
        && b != null
        && MessageDigest.isEqual(
            a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
