package dev.hppgateway.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.domain.DistributionMethod;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import org.junit.jupiter.api.Test;

/**
 * The smaller inbound commands and answers: a link is sent only to a contact that fits the method,
 * a webhook event page holds 1 to 100 events, a delivery status has its API name, and an
 * unsupported capability names the provider and the capability.
 */
class PortCommandsTest {
  private static final HppSessionId PAGE = HppSessionId.of("hpp_1");
  private static final Shopper PHONE = new Shopper(null, "+46701234567", "SE");
  private static final Shopper EMAIL = new Shopper("ann@example.com", null, null);

  @Test
  void aLinkGoesByTheMethodTheContactFits() {
    assertThatCode(() -> send(DistributionMethod.SMS, PHONE)).doesNotThrowAnyException();
    assertThatCode(() -> send(DistributionMethod.EMAIL, EMAIL)).doesNotThrowAnyException();
    refused(() -> send(null, PHONE), "method", "is required: sms or email");
    refused(() -> send(DistributionMethod.SMS, null), "contact", "is required");
    refused(
        () -> send(DistributionMethod.SMS, EMAIL),
        "contact.phone",
        "sms needs phone and phone_country");
    refused(
        () -> send(DistributionMethod.SMS, new Shopper(null, "+46701234567", null)),
        "contact.phone",
        "sms needs phone and phone_country");
    refused(
        () -> send(DistributionMethod.EMAIL, PHONE),
        "contact.email",
        "email needs an email address");
  }

  @Test
  void aWebhookEventPageHoldsOneToAHundredEvents() {
    assertThat(events(1).limit()).isEqualTo(1);
    assertThat(events(WebhookEventQuery.MAX_LIMIT).limit()).isEqualTo(100);
    for (int limit : new int[] {0, 101}) {
      assertThatThrownBy(() -> events(limit))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be 1..100");
    }
  }

  @Test
  void deliveryStatusesHaveLowerCaseApiNames() {
    assertThat(WebhookDeliveryStatus.DEAD.apiName()).isEqualTo("dead");
    assertThat(WebhookDeliveryStatus.PENDING.apiName()).isEqualTo("pending");
  }

  @Test
  void anUnsupportedCapabilityNamesTheProviderAndTheCapability() {
    CapabilityNotSupportedException e =
        new CapabilityNotSupportedException(ProviderId.of("optty-direct"), "refund");
    assertThat(e.provider()).isEqualTo(ProviderId.of("optty-direct"));
    assertThat(e.capability()).isEqualTo("refund");
    assertThat(e.getMessage()).isEqualTo("refund is not supported by provider optty-direct");
  }

  private static DistributeHppSessionCommand send(DistributionMethod method, Shopper contact) {
    return new DistributeHppSessionCommand(TestHppSessions.MERCHANT, PAGE, method, contact);
  }

  private static WebhookEventQuery events(int limit) {
    return new WebhookEventQuery(TestHppSessions.MERCHANT, null, null, null, limit, null);
  }

  private static void refused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable create, String field, String reason) {
    assertThatThrownBy(create)
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).isEqualTo(reason);
            });
  }
}
