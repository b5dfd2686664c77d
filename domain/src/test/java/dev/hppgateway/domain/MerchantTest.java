package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MerchantTest {
  private static final MerchantId ID = MerchantId.of("shop-1");

  private static Merchant merchant() {
    return new Merchant(
        ID, "Shop", "hash-a", "https://shop.example/hooks", "secret-ref", "callback-hash");
  }

  @Test
  void aNewMerchantHasOnlyItsCurrentKey() {
    Merchant merchant = merchant();

    assertThat(merchant.previousApiKeyHash()).isNull();
    assertThat(merchant.hasPreviousApiKey()).isFalse();
    assertThat(merchant.apiKeyHashes()).containsExactly("hash-a");
  }

  @Test
  void rotatingMakesTheNewKeyCurrentAndKeepsTheOldOneAsPrevious() {
    Merchant rotated = merchant().withRotatedApiKey("hash-b");

    assertThat(rotated.apiKeyHash()).isEqualTo("hash-b");
    assertThat(rotated.previousApiKeyHash()).isEqualTo("hash-a");
    assertThat(rotated.apiKeyHashes()).containsExactly("hash-b", "hash-a");
    assertThat(rotated)
        .usingRecursiveComparison()
        .ignoringFields("apiKeyHash", "previousApiKeyHash")
        .isEqualTo(merchant());
  }

  @Test
  void aSecondRotationDropsTheOldestKey() {
    Merchant twice = merchant().withRotatedApiKey("hash-b").withRotatedApiKey("hash-c");

    assertThat(twice.apiKeyHashes()).containsExactly("hash-c", "hash-b");
  }

  @Test
  void retiringThePreviousKeyLeavesTheCurrentOne() {
    Merchant retired = merchant().withRotatedApiKey("hash-b").withoutPreviousApiKey();

    assertThat(retired.apiKeyHashes()).containsExactly("hash-b");
    assertThat(retired.hasPreviousApiKey()).isFalse();
  }

  @Test
  void aKeyCannotBeBothCurrentAndPrevious() {
    assertThatThrownBy(() -> merchant().withRotatedApiKey("hash-a"))
        .isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("previous_api_key_hash");
  }

  @Test
  void holdsKeyHashAnswersForCurrentAndPreviousOnly() {
    Merchant rotated = merchant().withRotatedApiKey("hash-b");

    assertThat(rotated.holdsApiKeyHash("hash-a")).isTrue();
    assertThat(rotated.holdsApiKeyHash("hash-b")).isTrue();
    assertThat(rotated.holdsApiKeyHash("hash-c")).isFalse();
    assertThat(rotated.holdsApiKeyHash(null)).isFalse();
  }

  @Test
  void toStringShowsNeitherHashesNorTheWebhookSecret() {
    String text = merchant().withRotatedApiKey("hash-b").toString();

    assertThat(text).contains("shop-1").doesNotContain("hash-").doesNotContain("secret-ref");
  }

  @Test
  void aNewProfileKeepsTheKeysAndTheCallbackSecret() {
    Merchant rotated = merchant().withRotatedApiKey("hash-b");

    Merchant changed = rotated.withProfile("Shop 2", null, "other-secret");

    assertThat(changed)
        .isEqualTo(
            new Merchant(ID, "Shop 2", "hash-b", "hash-a", null, "other-secret", "callback-hash"));
  }

  @Test
  void aNewMerchantSignsWithItsOneWebhookSecret() {
    assertThat(merchant().webhookSecrets()).containsExactly("secret-ref");
    assertThat(merchant().hasPreviousWebhookSecret()).isFalse();
    assertThat(merchant().withProfile("Shop", null, null).webhookSecrets()).isEmpty();
  }

  @Test
  void rotatingTheWebhookSecretSignsWithTheNewAndThePreviousUntilRetired() {
    Merchant rotated = merchant().withRotatedWebhookSecret("secret-2");

    assertThat(rotated.webhookSecrets()).containsExactly("secret-2", "secret-ref");
    assertThat(rotated.hasPreviousWebhookSecret()).isTrue();
    assertThat(rotated.withRotatedWebhookSecret("secret-3").webhookSecrets())
        .as("a second rotation drops the oldest")
        .containsExactly("secret-3", "secret-2");
    assertThat(rotated.withoutPreviousWebhookSecret().webhookSecrets()).containsExactly("secret-2");
    assertThat(rotated.withRotatedApiKey("hash-b").webhookSecrets())
        .as("a key rotation keeps the secrets")
        .containsExactly("secret-2", "secret-ref");
    assertThat(rotated.withoutPreviousApiKey().webhookSecrets())
        .containsExactly("secret-2", "secret-ref");
  }

  @Test
  void aWebhookSecretCannotBeBothCurrentAndPreviousNorPreviousAlone() {
    assertThatThrownBy(() -> merchant().withRotatedWebhookSecret("secret-ref"))
        .isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("previous_webhook_secret_ref");
    assertThatThrownBy(
            () -> new Merchant(ID, "Shop", "hash-a", null, null, null, "old-secret", null))
        .isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("previous_webhook_secret_ref")
        .hasMessageContaining("needs a current webhook secret");
  }

  @Test
  void aNewProfileKeepsThePreviousWebhookSecretUnlessItBecomesTheCurrentOne() {
    Merchant rotated = merchant().withRotatedWebhookSecret("secret-2");

    assertThat(rotated.withProfile("Shop 2", null, "secret-2").webhookSecrets())
        .containsExactly("secret-2", "secret-ref");
    assertThat(rotated.withProfile("Shop 2", null, "secret-ref").webhookSecrets())
        .containsExactly("secret-ref");
    assertThat(rotated.withProfile("Shop 2", null, null).webhookSecrets()).isEmpty();
  }

  @Test
  void toStringShowsNoWebhookSecretAfterARotation() {
    assertThat(merchant().withRotatedWebhookSecret("secret-2").toString())
        .doesNotContain("secret-2")
        .doesNotContain("secret-ref");
  }

  @Test
  void aRotatedMerchantHasAPreviousKey() {
    assertThat(merchant().withRotatedApiKey("hash-b").hasPreviousApiKey()).isTrue();
  }

  @Test
  void aWebhookUrlHoldsNoPlaceholders() {
    assertThatThrownBy(
            () ->
                new Merchant(
                    ID,
                    "Shop",
                    "hash-a",
                    "https://shop.example/hooks/{{session_id}}",
                    "secret-ref",
                    "callback-hash"))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("webhook_url");
              assertThat(e.reason()).isEqualTo("must not hold placeholders");
            });
  }
}
