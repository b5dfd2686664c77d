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
