package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.StorableText;
import java.time.Instant;

/**
 * A merchant's request for a page, already made of validated domain values.
 *
 * @param idempotencyKey optional; the same key with the same request returns the first result
 * @param requestedExpiry optional; a page never outlives its provider's payment session
 */
public record CreateHppSessionCommand(
    MerchantId merchantId,
    ProviderId provider,
    String merchantReference,
    PaymentOrder order,
    MerchantUrls merchantUrls,
    PageOptions options,
    Shopper shopper,
    Instant requestedExpiry,
    String idempotencyKey) {

  public CreateHppSessionCommand {
    require(merchantId, "merchant_id");
    require(provider, "provider");
    require(order, "order");
    if (merchantReference == null || merchantReference.isBlank()) {
      throw new DomainValidationException(
          "merchant_reference", "is required and must not be blank");
    }
    if (merchantReference.length() > 255) {
      throw new DomainValidationException("merchant_reference", "must be at most 255 characters");
    }
    StorableText.require(merchantReference, "merchant_reference");
    merchantUrls = merchantUrls == null ? MerchantUrls.none() : merchantUrls;
    options = options == null ? PageOptions.none() : options;
    shopper = shopper == null ? Shopper.none() : shopper;
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
      throw new DomainValidationException("Idempotency-Key", "must be 1 to 255 characters");
    }
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new DomainValidationException(field, "is required");
    }
  }
}
