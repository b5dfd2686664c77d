package dev.hppgateway.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of {@code merchants}; its API keys are rows of {@code merchant_api_keys}. */
@MappedEntity("merchants")
record MerchantRow(
    @Id String id,
    String name,
    @Nullable String webhookUrl,
    @Nullable String webhookSecretRef,
    @Nullable String previousWebhookSecretRef,
    @Nullable String callbackSecretHash) {

  @Override
  public String toString() {
    return "MerchantRow[" + id + ", " + name + "]";
  }
}
