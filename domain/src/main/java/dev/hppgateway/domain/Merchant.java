package dev.hppgateway.domain;

/**
 * A merchant of the gateway: who may call it (by the hash of its API key; the key itself is never
 * stored) and where its signed webhooks go.
 *
 * @param webhookSecretRef a reference to the webhook signing secret (or the secret sealed by the
 *     store); never logged
 * @param callbackSecretHash hash of the secret in the merchant's per-merchant callback URL (for
 *     providers with one webhook URL per merchant, such as Optty); null when not set up
 */
public record Merchant(
    MerchantId id,
    String name,
    String apiKeyHash,
    String webhookUrl,
    String webhookSecretRef,
    String callbackSecretHash) {

  public Merchant {
    Require.present(id, "merchant_id");
    Require.text(name, "name", 255);
    Require.text(apiKeyHash, "api_key_hash", 255);
    if (webhookUrl != null) {
      Require.that(
          UrlTemplate.parse(webhookUrl, "webhook_url").placeholders().isEmpty(),
          "webhook_url",
          "must not hold placeholders");
    }
    Require.optionalText(webhookSecretRef, "webhook_secret_ref", 1024);
    Require.optionalText(callbackSecretHash, "callback_secret_hash", 255);
  }

  @Override
  public String toString() {
    return "Merchant[id=" + id + ", name=" + name + ", webhookUrl=" + webhookUrl + "]";
  }
}
