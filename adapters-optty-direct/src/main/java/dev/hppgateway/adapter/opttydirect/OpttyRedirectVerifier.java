package dev.hppgateway.adapter.opttydirect;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the parameters Optty appends when it sends the shopper back to the merchant ({@code hash,
 * reference, status, providerReference}): {@code hash} is the hex HMAC-SHA512 of {@code
 * status|reference} keyed with the merchant's payment secret. Like webhooks, a verified redirect is
 * still only a reason to read the order, never a status on its own.
 */
final class OpttyRedirectVerifier {
  private static final String ALGORITHM = "HmacSHA512";

  private final SecretKeySpec key;

  OpttyRedirectVerifier(String paymentSecret) {
    Objects.requireNonNull(paymentSecret, "paymentSecret is required");
    if (paymentSecret.isEmpty()) {
      throw new IllegalArgumentException("paymentSecret must not be empty");
    }
    this.key = new SecretKeySpec(paymentSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** True when {@code hash} is the HMAC of {@code status|reference}; compared in constant time. */
  boolean verify(String status, String reference, String hash) {
    if (status == null || reference == null || hash == null) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(hash.trim());
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(mac(status, reference), given);
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

  /** The lower-case hex hash Optty sends for these values; for tests and simulators. */
  String sign(String status, String reference) {
    return HexFormat.of().formatHex(mac(status, reference));
  }

  private byte[] mac(String status, String reference) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal((status + "|" + reference).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA512 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "OpttyRedirectVerifier[paymentSecret=***]";
  }
}
