package dev.hppgateway.application.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Hpp-Signature} header of a merchant webhook: {@code t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body">}, with one {@code v1=} per secret while a secret is rotated (the new one
 * first). A receiver checks it with {@link #verify(String, String, String, Duration)}: the body
 * must be the exact bytes received (UTF-8), before any JSON parsing.
 *
 * <p>Framework-free, so a merchant's Java code may use it as it is.
 */
public final class WebhookSignature {
  /** The name of the HTTP header that carries the signature. */
  public static final String HEADER = "Hpp-Signature";

  private static final HexFormat HEX = HexFormat.of();
  private static final int SIGNATURE_HEX_LENGTH = 64;

  private WebhookSignature() {}

  /** The header value signing {@code body} at {@code timestamp} (whole seconds) with one secret. */
  public static String sign(String body, String secret, Instant timestamp) {
    return sign(body, List.of(Objects.requireNonNull(secret, "secret")), timestamp);
  }

  /**
   * The header value signing {@code body} at {@code timestamp} with every secret, in order: one
   * {@code v1=} each, so a receiver that knows either the new or the old secret accepts it.
   */
  public static String sign(String body, List<String> secrets, Instant timestamp) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(timestamp, "timestamp");
    if (secrets == null || secrets.isEmpty()) {
      throw new IllegalArgumentException("sign with at least one secret");
    }
    long t = timestamp.getEpochSecond();
    StringBuilder header = new StringBuilder("t=").append(t);
    for (String secret : secrets) {
      header.append(",v1=").append(HEX.formatHex(hmac(secret, t, body)));
    }
    return header.toString();
  }

  /** {@link #verify(String, String, String, Duration, Clock)} against the system clock. */
  public static boolean verify(String body, String header, String secret, Duration tolerance) {
    return verify(body, header, secret, tolerance, Clock.systemUTC());
  }

  /**
   * Whether {@code header} signs {@code body} with {@code secret} at a time no further than {@code
   * tolerance} from {@code clock}'s now (either way). The signatures are compared in constant time.
   *
   * @return false when no {@code v1} matches or the timestamp is outside the tolerance
   * @throws MalformedSignatureException when the header is missing or not of the form {@code
   *     t=<seconds>,v1=<64 hex digits>[,v1=…]} (other schemes are ignored)
   */
  public static boolean verify(
      String body, String header, String secret, Duration tolerance, Clock clock) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(clock, "clock");
    if (tolerance == null || tolerance.isNegative()) {
      throw new IllegalArgumentException("the tolerance must not be negative");
    }
    Parsed parsed = parse(header);
    long now = clock.instant().getEpochSecond();
    if (Math.abs((double) now - parsed.timestamp) > tolerance.toSeconds()) {
      return false;
    }
    byte[] expected = hmac(secret, parsed.timestamp, body);
    boolean matched = false;
    for (byte[] candidate : parsed.signatures) {
      // Every candidate is compared, so the time taken tells nothing of which one matched.
      matched |= MessageDigest.isEqual(expected, candidate);
    }
    return matched;
  }

  private record Parsed(long timestamp, List<byte[]> signatures) {}

  private static Parsed parse(String header) {
    if (header == null || header.isBlank()) {
      throw new MalformedSignatureException("the signature header is missing");
    }
    Long timestamp = null;
    List<byte[]> signatures = new ArrayList<>();
    for (String part : header.split(",", -1)) {
      String item = part.strip();
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new MalformedSignatureException("each part must be key=value");
      }
      String key = item.substring(0, eq);
      String value = item.substring(eq + 1);
      if (key.equals("t")) {
        if (timestamp != null) {
          throw new MalformedSignatureException("more than one timestamp");
        }
        timestamp = seconds(value);
      } else if (key.equals("v1")) {
        if (value.length() != SIGNATURE_HEX_LENGTH) {
          throw new MalformedSignatureException("a v1 signature is 64 hex digits");
        }
        try {
          signatures.add(HEX.parseHex(value));
        } catch (IllegalArgumentException e) {
          throw new MalformedSignatureException("a v1 signature is 64 hex digits");
        }
      }
    }
    if (timestamp == null) {
      throw new MalformedSignatureException("no timestamp (t=)");
    }
    if (signatures.isEmpty()) {
      throw new MalformedSignatureException("no v1 signature");
    }
    return new Parsed(timestamp, signatures);
  }

  private static long seconds(String value) {
    if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(Character::isDigit)) {
      throw new MalformedSignatureException("the timestamp is whole unix seconds");
    }
    return Long.parseLong(value);
  }

  private static byte[] hmac(String secret, long timestamp, String body) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("the webhook secret is empty");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** The signature header is missing or not of the documented form; it names no secret. */
  public static final class MalformedSignatureException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedSignatureException(String message) {
      super("Malformed " + HEADER + " header: " + message);
    }
  }
}
