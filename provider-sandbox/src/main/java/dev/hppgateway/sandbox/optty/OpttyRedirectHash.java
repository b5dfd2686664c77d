package dev.hppgateway.sandbox.optty;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hash on the redirect back to the merchant: hex HMAC-SHA512 of {@code status|reference}. */
final class OpttyRedirectHash {

  private OpttyRedirectHash() {}

  static String of(String status, String reference, String paymentSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(paymentSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      return HexFormat.of()
          .formatHex(mac.doFinal((status + "|" + reference).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("HmacSHA512 unavailable", impossible);
    }
  }
}
