package dev.hppgateway.adapter.opttydirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpttyRedirectVerifierTest {
  /**
   * HMAC-SHA512("SUCCESSFUL|order-42") keyed "merchant-payment-secret", computed with Python's hmac
   * module.
   */
  private static final String KNOWN_HASH =
      "3cdf9d9793fb626f3cb02fd84e98c353cb1ad3b5d49325fb29f93360499ca0ca"
          + "bd63e3261eedee6b075db3f077003c0ca8ecc18755926b349e97facc1fa017bd";

  /** The same HMAC-SHA512 as standard base64 (padded) and URL-safe base64. */
  private static final String SHA512_BASE64 =
      "PN+dl5P7Ym88sC/YTpjDU8sa07XUkyX7KfkzYEmcoMq9Y+MmHu3uawdds/B3ADwMqOzBh1WSazSel/rMH6AXvQ==";

  private static final String SHA512_BASE64_URL =
      "PN-dl5P7Ym88sC_YTpjDU8sa07XUkyX7KfkzYEmcoMq9Y-MmHu3uawdds_B3ADwMqOzBh1WSazSel_rMH6AXvQ==";

  /** HMAC-SHA256("SUCCESSFUL|order-42") keyed "merchant-payment-secret" (Python's hmac module). */
  private static final String SHA256_HEX =
      "831c5713d2182657ceca7e826670d6061b6fc0ee197e52a50fb6f4c30fcffad3";

  private static final String SHA256_BASE64 = "gxxXE9IYJlfOyn6CZnDWBhtvwO4ZflKlD7b0ww/P+tM=";
  private static final String SHA256_BASE64_URL = "gxxXE9IYJlfOyn6CZnDWBhtvwO4ZflKlD7b0ww_P-tM=";

  private final OpttyRedirectVerifier verifier =
      new OpttyRedirectVerifier("merchant-payment-secret");

  @Test
  void acceptsOpttysHashOfStatusAndReference() {
    assertThat(verifier.verify("SUCCESSFUL", "order-42", KNOWN_HASH)).isTrue();
    assertThat(verifier.verify("SUCCESSFUL", "order-42", KNOWN_HASH.toUpperCase(Locale.ROOT)))
        .isTrue();
    assertThat(verifier.sign("SUCCESSFUL", "order-42")).isEqualTo(KNOWN_HASH);
  }

  /** Every encoding of either HMAC the docs allow: hex, base64 standard or URL-safe, ± padding. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        KNOWN_HASH,
        SHA512_BASE64,
        SHA512_BASE64_URL,
        "PN+dl5P7Ym88sC/YTpjDU8sa07XUkyX7KfkzYEmcoMq9Y+MmHu3uawdds/B3ADwMqOzBh1WSazSel/rMH6AXvQ",
        "PN-dl5P7Ym88sC_YTpjDU8sa07XUkyX7KfkzYEmcoMq9Y-MmHu3uawdds_B3ADwMqOzBh1WSazSel_rMH6AXvQ",
        SHA256_HEX,
        "831C5713D2182657CECA7E826670D6061B6FC0EE197E52A50FB6F4C30FCFFAD3",
        SHA256_BASE64,
        SHA256_BASE64_URL,
        "gxxXE9IYJlfOyn6CZnDWBhtvwO4ZflKlD7b0ww/P+tM",
        "gxxXE9IYJlfOyn6CZnDWBhtvwO4ZflKlD7b0ww_P-tM",
        // a '+' that form decoding turned into a space
        "gxxXE9IYJlfOyn6CZnDWBhtvwO4ZflKlD7b0ww/P tM"
      })
  void acceptsHexAndBase64OfHmacSha512AndHmacSha256(String hash) {
    assertThat(verifier.verify("SUCCESSFUL", "order-42", hash)).isTrue();
    assertThat(verifier.verify("DECLINED", "order-42", hash)).isFalse();
    assertThat(verifier.verify("SUCCESSFUL", "order-43", hash)).isFalse();
    assertThat(new OpttyRedirectVerifier("other-secret").verify("SUCCESSFUL", "order-42", hash))
        .isFalse();
  }

  /** A hash of another size, or a plain (unkeyed) digest, is refused. */
  @Test
  void rejectsTruncatedAndUnkeyedHashes() throws Exception {
    assertThat(verifier.verify("SUCCESSFUL", "order-42", SHA256_BASE64.substring(0, 40))).isFalse();
    assertThat(verifier.verify("SUCCESSFUL", "order-42", KNOWN_HASH.substring(0, 64))).isFalse();
    byte[] plain =
        java.security.MessageDigest.getInstance("SHA-512")
            .digest("SUCCESSFUL|order-42".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(verifier.verify("SUCCESSFUL", "order-42", java.util.HexFormat.of().formatHex(plain)))
        .isFalse();
    assertThat(verifier.verify("SUCCESSFUL", "order-42", SHA256_BASE64 + "==")).isFalse();
  }

  @Test
  void acceptsTheRedirectParametersAsReceived() {
    assertThat(
            verifier.verify(
                Map.of(
                    "hash",
                    KNOWN_HASH,
                    "reference",
                    "order-42",
                    "status",
                    "SUCCESSFUL",
                    "providerReference",
                    "kl-123")))
        .isTrue();
  }

  @Test
  void rejectsATamperedStatusReferenceOrHash() {
    assertThat(verifier.verify("DECLINED", "order-42", KNOWN_HASH)).isFalse();
    assertThat(verifier.verify("SUCCESSFUL", "order-43", KNOWN_HASH)).isFalse();
    assertThat(verifier.verify("SUCCESSFUL", "order-42", KNOWN_HASH.substring(0, 126) + "00"))
        .isFalse();
    assertThat(
            new OpttyRedirectVerifier("other-secret").verify("SUCCESSFUL", "order-42", KNOWN_HASH))
        .isFalse();
  }

  @Test
  void rejectsMissingOrNonHexValues() {
    assertThat(verifier.verify("SUCCESSFUL", "order-42", "not-hex")).isFalse();
    assertThat(verifier.verify("SUCCESSFUL", "order-42", "")).isFalse();
    assertThat(verifier.verify(null, "order-42", KNOWN_HASH)).isFalse();
    assertThat(verifier.verify(Map.of("status", "SUCCESSFUL"))).isFalse();
  }

  @Test
  void needsASecretAndNeverShowsIt() {
    assertThatThrownBy(() -> new OpttyRedirectVerifier(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(verifier.toString()).doesNotContain("merchant-payment-secret");
  }

  @Test
  void theProviderVerifiesRedirectsOnlyWithAPaymentSecret() {
    OpttyDirectConfig config = OpttyDirectConfig.sandbox("id", "secret");
    try (OpttyDirectPaymentProvider without = new OpttyDirectPaymentProvider(config);
        OpttyDirectPaymentProvider with =
            new OpttyDirectPaymentProvider(config.withPaymentSecret("merchant-payment-secret"))) {
      Map<String, String> redirect =
          Map.of("status", "SUCCESSFUL", "reference", "order-42", "hash", KNOWN_HASH);
      assertThat(without.verifyRedirect(redirect)).as("nothing to verify with").isFalse();
      assertThat(with.verifyRedirect(redirect)).isTrue();
      assertThat(
              with.verifyRedirect(
                  Map.of("status", "CANCELLED", "reference", "order-42", "hash", KNOWN_HASH)))
          .isFalse();
    }
  }
}
