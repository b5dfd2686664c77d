package dev.hppgateway.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of {@code merchant_api_keys}: the hash of one of a merchant's API keys and its slot,
 * {@value #CURRENT} or {@value #PREVIOUS}.
 */
@MappedEntity("merchant_api_keys")
record MerchantApiKeyRow(@Id String keyHash, String merchantId, String slot) {
  static final String CURRENT = "CURRENT";
  static final String PREVIOUS = "PREVIOUS";

  @Override
  public String toString() {
    return "MerchantApiKeyRow[" + merchantId + ", " + slot + "]";
  }
}
