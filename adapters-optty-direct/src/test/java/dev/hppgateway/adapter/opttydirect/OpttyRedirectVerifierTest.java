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

  private final OpttyRedirectVerifier verifier =
      new OpttyRedirectVerifier("merchant-payment-secret");

  @Test
  void acceptsOpttysHashOfStatusAndReference() {
    assertThat(verifier.verify("SUCCESSFUL", "order-42", KNOWN_HASH)).isTrue();
    assertThat(verifier.verify("SUCCESSFUL", "order-42", KNOWN_HASH.toUpperCase(Locale.ROOT)))
        .isTrue();
    assertThat(verifier.sign("SUCCESSFUL", "order-42")).isEqualTo(KNOWN_HASH);
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
