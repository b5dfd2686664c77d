package dev.hppgateway.sandbox.optty;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash on the redirect back to the merchant, in the form of Optty's documented example ({@code
 * hash=coqCmt%2FIZ4E3CzPvMY8zTjQVL5hYJUiBRg8UU%2BiCWo0}): standard base64 without padding of 32
 * bytes, the HMAC-SHA256 of {@code status|reference} keyed with the merchant's payment secret. The
 * caller URL-encodes it into the redirect.
 */
final class OpttyRedirectHash {

  private OpttyRedirectHash() {}

  static String of(String status, String reference, String paymentSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(paymentSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal((status + "|" + reference).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HmacSHA256 unavailable", impossible);
    }
  }
}
