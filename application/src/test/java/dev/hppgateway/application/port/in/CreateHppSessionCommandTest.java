package dev.hppgateway.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A create command's own checks: what is required is named when missing, and the merchant reference
 * and the idempotency key are accepted up to 255 characters and refused at 256.
 */
class CreateHppSessionCommandTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");

  @Test
  void merchantProviderAndOrderAreRequired() {
    refused(
        () -> command(null, PAY, "order-1", TestHppSessions.order(), null),
        "merchant_id",
        "is required");
    refused(
        () -> command(TestHppSessions.MERCHANT, null, "order-1", TestHppSessions.order(), null),
        "provider",
        "is required");
    refused(
        () -> command(TestHppSessions.MERCHANT, PAY, "order-1", null, null),
        "order",
        "is required");
  }

  @Test
  void merchantReferenceIsOneTo255Characters() {
    for (String missing : new String[] {null, "", "   "}) {
      refused(
          () -> command(missing, null), "merchant_reference", "is required and must not be blank");
    }
    accepted(() -> command("r", null));
    accepted(() -> command("r".repeat(255), null));
    refused(
        () -> command("r".repeat(256), null),
        "merchant_reference",
        "must be at most 255 characters");
  }

  @Test
  void idempotencyKeyIsOptionalAndOneTo255Characters() {
    accepted(() -> command("order-1", null));
    accepted(() -> command("order-1", "k"));
    accepted(() -> command("order-1", "k".repeat(255)));
    for (String bad : new String[] {"", "  ", "k".repeat(256)}) {
      refused(() -> command("order-1", bad), "Idempotency-Key", "must be 1 to 255 characters");
    }
  }

  @Test
  void absentUrlsOptionsAndShopperMeanNone() {
    CreateHppSessionCommand command = command("order-1", null);
    assertThat(command.merchantUrls()).isEqualTo(MerchantUrls.none());
    assertThat(command.options()).isEqualTo(PageOptions.none());
    assertThat(command.shopper()).isEqualTo(Shopper.none());
  }

  private static CreateHppSessionCommand command(String reference, String idempotencyKey) {
    return new CreateHppSessionCommand(
        TestHppSessions.MERCHANT,
        PAY,
        reference,
        TestHppSessions.order(),
        null,
        null,
        null,
        null,
        idempotencyKey);
  }

  private static CreateHppSessionCommand command(
      MerchantId merchant,
      ProviderId provider,
      String reference,
      PaymentOrder order,
      String idempotencyKey) {
    return new CreateHppSessionCommand(
        merchant, provider, reference, order, null, null, null, null, idempotencyKey);
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
