package dev.hppgateway.bootstrap;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every secret the bootstrap-micronaut tests hand to the service, for {@link SecretsNeverLoggedIT}:
 * fixed values (as literals here; the tests that use them are named) and patterns for the generated
 * ones.
 *
 * <p>Not a secret, on purpose: {@code hppk_sandboxDemoKeyNotForRealPayments}, the public sandbox
 * demo key, which the service prints in sandbox mode so a developer can call it.
 */
public final class TestSecrets {

  /** The public sandbox demo API key (logged on purpose in sandbox mode, so never a finding). */
  public static final String SANDBOX_DEMO_KEY = "hppk_sandboxDemoKeyNotForRealPayments";

  /**
   * Fixed secrets: provider passwords and client/callback secrets (ProviderConfigurationTest,
   * ServiceModesTest), merchant webhook secrets (BootstrapMerchantTest, MerchantCommandTest,
   * MerchantsCliTest, WebhookDeliveryWorkerTest, CallbackStormTest, WebhookReceiverOutageTest,
   * TwoInstancesPostgresIT, KillDashNineIT), an authorization token (WebhookEventsApiTest), the
   * example provider's API key (AcmePayServer); then the distinctive credentials the other modules'
   * tests use (sandbox contract tests' passwords and secrets, bearer tokens, payment secrets, a
   * JDBC password, callback URL secrets).
   */
  public static final List<String> FIXED =
      List.of(
          "k-secret",
          "c-secret",
          "o-secret",
          "o-callback-secret",
          "whsec_" + "a".repeat(40),
          "whsec_" + "b".repeat(40),
          "whsec_" + "c".repeat(40),
          "whsec_" + "d".repeat(40),
          "whsec_" + "s".repeat(40),
          "whsec_" + "w".repeat(40),
          "whsec_" + "o".repeat(40),
          "whsec_" + "t".repeat(40),
          "whsec_" + "k".repeat(40),
          "auth-token-must-not-show",
          "acme-test-key",
          // the other modules' tests (their logs are scanned too)
          "kp-sandbox-password",
          "kco-sandbox-password",
          "optty-sandbox-secret",
          "optty-sandbox-payment-secret",
          "test-payment-secret",
          "merchant-payment-secret",
          "tok-secret",
          "top-secret",
          "pay-secret-9",
          "url-Secret-9",
          "very-secret-value",
          "account-secret",
          "secret-v12",
          "whsec_shop_secret",
          "whsec_embedded_0123456789abcdef0123456789");

  /**
   * Generated secrets: any merchant API key ({@code ApiKeys.generate()}, also the suffix of
   * ServiceJarProcessIT's provider passwords and secrets) except the demo key, and the Optty
   * sandbox's access tokens (JWT-like: the fixed HS256 header, then a payload starting
   * {@code {"sub":}). Klarna/Kustom authorization tokens are random UUIDs, indistinguishable from
   * ids by shape, so no pattern covers them.
   */
  public static final List<Pattern> GENERATED =
      List.of(
          Pattern.compile(
              "hppk_(?!sandboxDemoKeyNotForRealPayments(?![A-Za-z0-9_-]))[A-Za-z0-9_-]{8,}"),
          Pattern.compile(
              "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJzdWIiOi[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));

  private TestSecrets() {}

  /**
   * A fixed secret as a whole token: not part of a longer word (so {@code k-secret} does not match
   * the setting name {@code webhook-secret}).
   *
   * @param secret the secret
   * @return a pattern finding it
   */
  public static Pattern whole(String secret) {
    return Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(secret) + "(?![A-Za-z0-9_-])");
  }

  /**
   * The first four characters of a secret, the rest masked.
   *
   * @param secret the secret
   * @return it masked
   */
  public static String masked(String secret) {
    return secret.substring(0, Math.min(4, secret.length())) + "****";
  }
}
