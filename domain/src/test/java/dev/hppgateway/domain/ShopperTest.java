package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The shopper's contact details: each is optional, but one that is given must look like what it
 * claims to be, and a wrong one is a field error naming it.
 */
class ShopperTest {

  @Test
  void everyDetailIsOptional() {
    assertThat(Shopper.none()).isEqualTo(new Shopper(null, null, null));
    accepted(() -> new Shopper("ann@example.com", "+46701234567", "SE"));
  }

  @Test
  void anEmailMustBeAnAddress() {
    refused(
        () -> new Shopper("ann.example.com", null, null),
        "shopper.email",
        "is not an email address");
    refused(
        () -> new Shopper("ann@example", null, null), "shopper.email", "is not an email address");
  }

  @Test
  void aPhoneMustBeANumber() {
    accepted(() -> new Shopper(null, "+46 (70) 123-45", null));
    refused(() -> new Shopper(null, "call me", null), "shopper.phone", "is not a phone number");
    refused(() -> new Shopper(null, "+461", null), "shopper.phone", "is not a phone number");
  }

  @Test
  void aPhoneCountryIsATwoLetterCode() {
    refused(
        () -> new Shopper(null, null, "se"),
        "shopper.phone_country",
        "must be an ISO 3166 alpha-2 code like SE");
  }

  private static void accepted(ThrowingCallable create) {
    assertThatCode(create).doesNotThrowAnyException();
  }

  private static void refused(ThrowingCallable create, String field, String reason) {
    assertThatThrownBy(create)
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).isEqualTo(reason);
            });
  }
}
