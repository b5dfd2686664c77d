package dev.hppgateway.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Identifiers and opaque tokens in the shapes the real providers hand out. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Ids() {}

  public static String uuid() {
    return UUID.randomUUID().toString();
  }

  public static String shortId(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(chars);
  }

  /**
   * Something shaped like a JWT (three base64url parts); only the sandbox's own stores give it
   * meaning.
   */
  public static String jwtLike(String payloadJson) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    String header =
        encoder.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload = encoder.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
    byte[] signature = new byte[32];
    RANDOM.nextBytes(signature);
    return header + "." + payload + "." + encoder.encodeToString(signature);
  }
}
