package dev.hppgateway.sandbox.optty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A merchant's Optty portal settings: where webhooks go, where the shopper returns, and the payment
 * secret that keys the redirect hash. Null fields fall back to {@code hpp.sandbox.optty.*}.
 */
@Serdeable
record OpttyMerchant(
    @Nullable String webhookUrl, @Nullable String redirectUrl, @Nullable String paymentSecret) {

  @Override
  public String toString() {
    return "OpttyMerchant[webhookUrl="
        + webhookUrl
        + ", redirectUrl="
        + redirectUrl
        + ", paymentSecret=***]";
  }
}
