package dev.hppgateway.adapter.opttydirect;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the parameters Optty appends when it sends the shopper back to the merchant ({@code hash,
 * reference, status, providerReference}). Optty's text says {@code hash} is a SHA-512 over {@code
 * status|reference} with the merchant's payment secret, while its example ({@code
 * hash=coqCmt%2FIZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU%2BiCWo0}) is unpadded base64 of 32 bytes (the size
 * of a SHA-256). So the hash is accepted as the HMAC-SHA512 or the HMAC-SHA256 of {@code
 * status|reference} keyed with the payment secret, written as hex (either case) or base64 (standard
 * or URL-safe alphabet, padded or not; a '+' turned into a space by form decoding is read back as
 * '+'). Every comparison is constant-time ({@link MessageDigest#isEqual}) and all of them run,
 * whatever matches. Like webhooks, a verified redirect is still only a reason to read the order,
 * never a status on its own.
 */
final class OpttyRedirectVerifier {
  private static final String SHA512 = "HmacSHA512";
  private static final String SHA256 = "HmacSHA256";

  private final byte[] secret;

  OpttyRedirectVerifier(String paymentSecret) {
    Objects.requireNonNull(paymentSecret, "paymentSecret is required");
    if (paymentSecret.isEmpty()) {
      throw new IllegalArgumentException("paymentSecret must not be empty");
    }
    this.secret = paymentSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** True when {@code hash} is an accepted HMAC of {@code status|reference}. */
  boolean verify(String status, String reference, String hash) {
    if (status == null || reference == null || hash == null || hash.isBlank()) {
      return false;
    }
    byte[] sha512 = mac(SHA512, status, reference);
    byte[] sha256 = mac(SHA256, status, reference);
    boolean matches = false;
    for (byte[] given : decodings(hash.trim())) {
      // No early exit: every candidate is compared against both MACs.
      matches |= MessageDigest.isEqual(sha512, given);
      matches |= MessageDigest.isEqual(sha256, given);
    }
    return matches;
  }

  /**
   * The redirect's query parameters as received ({@code hash}, {@code reference}, {@code status}).
   */
  boolean verify(Map<String, String> redirectParameters) {
    return verify(
        redirectParameters.get("status"),
        redirectParameters.get("reference"),
        redirectParameters.get("hash"));
  }

  /** The lower-case hex HMAC-SHA512 of these values; for tests. */
  String sign(String status, String reference) {
    return HexFormat.of().formatHex(mac(SHA512, status, reference));
  }

  /** Every byte string {@code hash} can be read as: hex, and base64 in either alphabet. */
  private static List<byte[]> decodings(String hash) {
    List<byte[]> candidates = new ArrayList<>(2);
    try {
      candidates.add(HexFormat.of().parseHex(hash));
    } catch (IllegalArgumentException notHex) {
      // Not hex: maybe base64.
    }
    String base64 = hash.replace(' ', '+').replace('-', '+').replace('_', '/');
    int padding = base64.indexOf('=');
    String unpadded = padding < 0 ? base64 : base64.substring(0, padding);
    if (padding < 0 || base64.substring(padding).matches("={1,2}")) {
      try {
        candidates.add(Base64.getDecoder().decode(unpadded));
      } catch (IllegalArgumentException notBase64) {
        // Neither: nothing matches.
      }
    }
    return candidates;
  }

  private byte[] mac(String algorithm, String status, String reference) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, algorithm));
      return mac.doFinal((status + "|" + reference).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "OpttyRedirectVerifier[paymentSecret=***]";
  }
}
