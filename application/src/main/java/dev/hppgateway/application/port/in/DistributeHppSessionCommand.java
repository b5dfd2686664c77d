package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.Shopper;
import java.util.Objects;

/** Send session {@code id}'s link by {@code method}; the contact must fit the method. */
public record DistributeHppSessionCommand(
    MerchantId merchantId, HppSessionId id, DistributionMethod method, Shopper contact) {

  public DistributeHppSessionCommand {
    Objects.requireNonNull(merchantId, "merchantId");
    Objects.requireNonNull(id, "id");
    if (method == null) {
      throw new DomainValidationException("method", "is required: sms or email");
    }
    if (contact == null) {
      throw new DomainValidationException("contact", "is required");
    }
    if (method == DistributionMethod.SMS
        && (contact.phone() == null || contact.phoneCountry() == null)) {
      throw new DomainValidationException("contact.phone", "sms needs phone and phone_country");
    }
    if (method == DistributionMethod.EMAIL && contact.email() == null) {
      throw new DomainValidationException("contact.email", "email needs an email address");
    }
  }
}
