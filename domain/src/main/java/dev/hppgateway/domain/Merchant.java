package dev.hppgateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * A merchant of the gateway: who may call it (by the hashes of its API keys; a key itself is never
 * stored) and where its signed webhooks go.
 *
 * <p>A merchant has one current API key and, while a key is being rotated, the previous one: both
 * authenticate until the previous key is retired. Rotating again drops the oldest.
 *
 * @param apiKeyHash hash of the current API key
 * @param previousApiKeyHash hash of the key the current one replaced, still accepted until retired;
 *     null when there is none
 *     <p>Its webhook signing secret rotates the same way: while a previous secret is kept, each
 *     webhook carries a signature with each secret ({@link #webhookSecrets()}), so the merchant's
 *     receiver may switch to the new secret whenever it is ready.
 * @param webhookSecretRef the webhook signing secret (or a reference to it); never logged
 * @param previousWebhookSecretRef the secret the current one replaced, still signed with until
 *     retired; null when there is none
 * @param callbackSecretHash hash of the secret in the merchant's per-merchant callback URL (for
 *     providers with one webhook URL per merchant, such as Optty); null when not set up
 */
public record Merchant(
    MerchantId id,
    String name,
    String apiKeyHash,
    String previousApiKeyHash,
    String webhookUrl,
    String webhookSecretRef,
    String previousWebhookSecretRef,
    String callbackSecretHash) {

  public Merchant {
    Require.present(id, "merchant_id");
    Require.text(name, "name", 255);
    Require.text(apiKeyHash, "api_key_hash", 255);
    Require.optionalText(previousApiKeyHash, "previous_api_key_hash", 255);
    Require.that(
        !apiKeyHash.equals(previousApiKeyHash),
        "previous_api_key_hash",
        "must differ from the current key's");
    if (webhookUrl != null) {
      Require.that(
          UrlTemplate.parse(webhookUrl, "webhook_url").placeholders().isEmpty(),
          "webhook_url",
          "must not hold placeholders");
    }
    Require.optionalText(webhookSecretRef, "webhook_secret_ref", 1024);
    Require.optionalText(previousWebhookSecretRef, "previous_webhook_secret_ref", 1024);
    Require.that(
        previousWebhookSecretRef == null || webhookSecretRef != null,
        "previous_webhook_secret_ref",
        "needs a current webhook secret");
    Require.that(
        previousWebhookSecretRef == null || !previousWebhookSecretRef.equals(webhookSecretRef),
        "previous_webhook_secret_ref",
        "must differ from the current webhook secret");
    Require.optionalText(callbackSecretHash, "callback_secret_hash", 255);
  }

  /** A merchant without a previous webhook secret. */
  public Merchant(
      MerchantId id,
      String name,
      String apiKeyHash,
      String previousApiKeyHash,
      String webhookUrl,
      String webhookSecretRef,
      String callbackSecretHash) {
    this(
        id,
        name,
        apiKeyHash,
        previousApiKeyHash,
        webhookUrl,
        webhookSecretRef,
        null,
        callbackSecretHash);
  }

  /** A merchant with only a current API key. */
  public Merchant(
      MerchantId id,
      String name,
      String apiKeyHash,
      String webhookUrl,
      String webhookSecretRef,
      String callbackSecretHash) {
    this(id, name, apiKeyHash, null, webhookUrl, webhookSecretRef, null, callbackSecretHash);
  }

  /** The hashes of the keys that authenticate this merchant: the current one first. */
  public List<String> apiKeyHashes() {
    return previousApiKeyHash == null
        ? List.of(apiKeyHash)
        : List.of(apiKeyHash, previousApiKeyHash);
  }

  public boolean hasPreviousApiKey() {
    return previousApiKeyHash != null;
  }

  /**
   * The secrets each webhook is signed with: the current one first, then the previous one while it
   * is kept; empty when the merchant has no webhook secret.
   */
  public List<String> webhookSecrets() {
    if (webhookSecretRef == null) {
      return List.of();
    }
    return previousWebhookSecretRef == null
        ? List.of(webhookSecretRef)
        : List.of(webhookSecretRef, previousWebhookSecretRef);
  }

  public boolean hasPreviousWebhookSecret() {
    return previousWebhookSecretRef != null;
  }

  /** Whether {@code hash} is the current or the previous key's, compared in constant time. */
  public boolean holdsApiKeyHash(String hash) {
    boolean held = false;
    for (String own : apiKeyHashes()) {
      held |= hash != null && constantTimeEquals(own, hash);
    }
    return held;
  }

  /**
   * This merchant with {@code newApiKeyHash} as its current key; the current one becomes the
   * previous (still accepted) and the previous one, if any, stops working.
   */
  public Merchant withRotatedApiKey(String newApiKeyHash) {
    return new Merchant(
        id,
        name,
        newApiKeyHash,
        apiKeyHash,
        webhookUrl,
        webhookSecretRef,
        previousWebhookSecretRef,
        callbackSecretHash);
  }

  /** This merchant with only its current key: the previous one stops working. */
  public Merchant withoutPreviousApiKey() {
    return new Merchant(
        id,
        name,
        apiKeyHash,
        null,
        webhookUrl,
        webhookSecretRef,
        previousWebhookSecretRef,
        callbackSecretHash);
  }

  /**
   * This merchant with {@code newWebhookSecretRef} as its webhook secret; the current one is still
   * signed with (as the previous) until retired, and the previous one, if any, is dropped.
   */
  public Merchant withRotatedWebhookSecret(String newWebhookSecretRef) {
    return new Merchant(
        id,
        name,
        apiKeyHash,
        previousApiKeyHash,
        webhookUrl,
        newWebhookSecretRef,
        webhookSecretRef,
        callbackSecretHash);
  }

  /** This merchant signing its webhooks with the current secret only. */
  public Merchant withoutPreviousWebhookSecret() {
    return new Merchant(
        id,
        name,
        apiKeyHash,
        previousApiKeyHash,
        webhookUrl,
        webhookSecretRef,
        null,
        callbackSecretHash);
  }

  /**
   * This merchant with another name, webhook URL and webhook secret; its keys unchanged. A previous
   * webhook secret is kept (unless it is the new secret, or there is none).
   */
  public Merchant withProfile(String newName, String newWebhookUrl, String newWebhookSecretRef) {
    return new Merchant(
        id,
        newName,
        apiKeyHash,
        previousApiKeyHash,
        newWebhookUrl,
        newWebhookSecretRef,
        newWebhookSecretRef == null || newWebhookSecretRef.equals(previousWebhookSecretRef)
            ? null
            : previousWebhookSecretRef,
        callbackSecretHash);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Merchant[id="
        + id
        + ", name="
        + name
        + ", webhookUrl="
        + webhookUrl
        + ", apiKeys="
        + apiKeyHashes().size()
        + "]";
  }
}
