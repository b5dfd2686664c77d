package dev.hppgateway.adapter.hppv1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** {@code POST /hpp/v1/sessions/{id}/distribution}: send the link by sms or email. */
@Serdeable(naming = SnakeCaseStrategy.class)
record DistributionBody(String method, ContactInformation contactInformation) {

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ContactInformation(String email, String phone, String phoneCountry) {}
}
