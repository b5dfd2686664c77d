package dev.hppgateway.application;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.application.service.CallbackSecrets;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackTest {
  private static final ProviderId PAY = ProviderId.of("fake-pay");
  private final GatewayTestBed bed = new GatewayTestBed();

  private static ReceivedCallback received(CallbackUrl url, String body) {
    return new ReceivedCallback("/gw" + url.path(), null, Map.of(), body);
  }

  private CallbackOutcome callback(HppSession session, String secret, String body) {
    return bed.gateway
        .handleProviderCallback()
        .handle(received(CallbackUrl.forPage(PAY, session.id(), secret), body));
  }

  @Test
  void callbackIsConfirmedWithTheProviderBeforeAnythingChanges() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    // The callback claims COMPLETED, but the provider says IN_PROGRESS: the provider wins.
    bed.pay.shopper(ref, HppStatus.IN_PROGRESS);
    assertThat(callback(session, bed.callbackSecret(session), "e1 " + ref + " COMPLETED"))
        .isEqualTo(CallbackOutcome.NOT_YET_CONFIRMED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.IN_PROGRESS);
  }

  @Test
  void completionIsRecordedPublishedAndFollowedUp() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.pay.shopper(ref, new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "auth-1", null));
    bed.pay.placesOrder("order-1");
    assertThat(callback(session, bed.callbackSecret(session), "e1 " + ref + " COMPLETED"))
        .isEqualTo(CallbackOutcome.APPLIED);
    HppSession read = bed.gateway.getHppSession().get(MERCHANT, session.id());
    assertThat(read.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(read.authorizationToken())
        .as("the gateway placed the order: the token is of no more use and erased")
        .isNull();
    assertThat(read.orderId()).isEqualTo("order-1");
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");
    assertThat(bed.outbox.all().get(1).payload())
        .as("the merchant hears of the completion and its order in one webhook, never the token")
        .contains("\"order_id\":\"order-1\"")
        .doesNotContain("auth-1");
    assertThat(bed.pay.calls()).containsExactly("create", "fetch", "afterCompleted");
  }

  @Test
  void failedFollowUpStillRecordsTheCompletionAndIsRetriedOnTheNextCallback() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    String secret = bed.callbackSecret(session);
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    bed.pay.placesOrder("order-2");
    bed.pay.failNext(
        "afterCompleted",
        () -> new ProviderUnavailableException(PAY, "HTTP 503", null, null, null));
    callback(session, secret, "e1 " + ref + " COMPLETED");
    HppSession read = bed.gateway.getHppSession().get(MERCHANT, session.id());
    assertThat(read.status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(read.orderId()).isNull();
    callback(session, secret, "e2 " + ref + " COMPLETED");
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).orderId())
        .isEqualTo("order-2");
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");
  }

  @Test
  void finalStatusTheProviderCannotConfirmYetIsAskedAgainNotDropped() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    String secret = bed.callbackSecret(session);
    bed.pay.shopper(ref, HppStatus.IN_PROGRESS); // the provider's read lags its callback
    assertThat(callback(session, secret, "e1 " + ref + " COMPLETED"))
        .isEqualTo(CallbackOutcome.NOT_YET_CONFIRMED);
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    assertThat(callback(session, secret, "e1 " + ref + " COMPLETED"))
        .as("the same event, sent again, is handled: it was not marked as seen")
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
  }

  /**
   * A callback that names one of the page's payments at the provider (an Optty order) has it kept
   * on the page before the provider is read, so the read asks for it; it is saved even when the
   * read changes nothing, and every named payment is kept.
   */
  @Test
  void paymentRefsNamedByCallbacksAreKeptAndHandedToTheRead() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    String secret = bed.callbackSecret(session);
    bed.pay.shopper(ref, HppStatus.IN_PROGRESS);

    assertThat(callback(session, secret, "e1 " + ref + " IN_PROGRESS ord_1"))
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(bed.pay.reads())
        .last()
        .satisfies(v -> assertThat(v.providerPaymentRefs()).containsExactly("ord_1"));
    assertThat(callback(session, secret, "e2 " + ref + " IN_PROGRESS ord_2"))
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(callback(session, secret, "e3 " + ref + " IN_PROGRESS ord_1"))
        .isEqualTo(CallbackOutcome.APPLIED);

    assertThat(bed.pay.reads())
        .last()
        .satisfies(v -> assertThat(v.providerPaymentRefs()).containsExactly("ord_1", "ord_2"));
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).providerPaymentRefs())
        .containsExactly("ord_1", "ord_2");
  }

  @Test
  void wrongSecretIsRejectedWithoutReadingTheProvider() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    assertThat(callback(session, "guess", "e1 " + ref + " COMPLETED"))
        .isEqualTo(CallbackOutcome.REJECTED);
    assertThat(bed.pay.calls()).containsExactly("create");
  }

  @Test
  void callbackAboutAnotherPageIsIgnored() {
    HppSession session = bed.create();
    HppSession other = bed.create();
    String otherRef = other.providerRefs().hppSessionId();
    assertThat(callback(session, bed.callbackSecret(session), "e1 " + otherRef + " COMPLETED"))
        .isEqualTo(CallbackOutcome.IGNORED);
  }

  @Test
  void duplicateEventIsSkipped() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    String secret = bed.callbackSecret(session);
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    assertThat(callback(session, secret, "e1 " + ref + " COMPLETED"))
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(callback(session, secret, "e1 " + ref + " COMPLETED"))
        .isEqualTo(CallbackOutcome.DUPLICATE);
    assertThat(bed.outbox.all()).hasSize(2);
  }

  @Test
  void failedHandlingIsRedoneWhenTheProviderRetries() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    String secret = bed.callbackSecret(session);
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    bed.pay.failNext(() -> new ProviderUnavailableException(PAY, "timeout", null, null, null));
    assertThatThrownBy(() -> callback(session, secret, "e1 " + ref + " COMPLETED"))
        .isInstanceOf(ProviderUnavailableException.class);
    assertThat(callback(session, secret, "e1 " + ref + " COMPLETED"))
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void lateCallbackAfterCompletionChangesNothing() {
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    String secret = bed.callbackSecret(session);
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    callback(session, secret, "e2 " + ref + " COMPLETED");
    bed.pay.shopper(ref, HppStatus.IN_PROGRESS); // a confused provider read
    callback(session, secret, "e1 " + ref + " IN_PROGRESS");
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created", "hpp_session.completed");
  }

  @Test
  void perMerchantCallbackFindsThePageByProviderRefAndChecksTheMerchantSecret() {
    bed.merchants.save(
        new Merchant(
            MERCHANT, "Shop", "keyhash", null, null, CallbackSecrets.hash("merchant-secret")));
    HppSession session = bed.create();
    String ref = session.providerRefs().hppSessionId();
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    String body = "e1 " + ref + " SUCCESSFUL";
    assertThat(
            bed.gateway
                .handleProviderCallback()
                .handle(received(CallbackUrl.forMerchant(PAY, MERCHANT, "wrong"), body)))
        .isEqualTo(CallbackOutcome.REJECTED);
    assertThat(
            bed.gateway
                .handleProviderCallback()
                .handle(received(CallbackUrl.forMerchant(PAY, MERCHANT, "merchant-secret"), body)))
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(bed.gateway.getHppSession().get(MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void perMerchantCallbackCannotTouchAnotherMerchantsPage() {
    bed.merchants.save(
        new Merchant(MERCHANT, "Shop", "keyhash", null, null, CallbackSecrets.hash("secret-a")));
    HppSession othersPage =
        bed.gateway
            .createHppSession()
            .create(
                new dev.hppgateway.application.port.in.CreateHppSessionCommand(
                    dev.hppgateway.application.fixtures.TestHppSessions.OTHER_MERCHANT,
                    PAY,
                    "r",
                    dev.hppgateway.application.fixtures.TestHppSessions.order(),
                    null,
                    null,
                    null,
                    null,
                    null))
            .session();
    String ref = othersPage.providerRefs().hppSessionId();
    bed.pay.shopper(ref, HppStatus.CANCELLED);
    String body = "e1 " + ref + " CANCELLED";
    assertThat(
            bed.gateway
                .handleProviderCallback()
                .handle(received(CallbackUrl.forMerchant(PAY, MERCHANT, "secret-a"), body)))
        .isEqualTo(CallbackOutcome.IGNORED);
    assertThat(
            bed.gateway
                .getHppSession()
                .get(
                    dev.hppgateway.application.fixtures.TestHppSessions.OTHER_MERCHANT,
                    othersPage.id())
                .status())
        .isEqualTo(HppStatus.WAITING);
    assertThat(bed.pay.calls()).doesNotContain("fetch");
  }

  @Test
  void accountWideCallbackChecksTheProviderSecretAndReachesAnyMerchantsPage() {
    HppGateway gateway =
        HppGateway.builder()
            .provider(bed.pay)
            .clock(bed.clock)
            .providerCallbackSecret(PAY, "account-secret")
            .build();
    HppSession othersPage =
        gateway
            .createHppSession()
            .create(
                new dev.hppgateway.application.port.in.CreateHppSessionCommand(
                    dev.hppgateway.application.fixtures.TestHppSessions.OTHER_MERCHANT,
                    PAY,
                    "r",
                    dev.hppgateway.application.fixtures.TestHppSessions.order(),
                    null,
                    null,
                    null,
                    null,
                    null))
            .session();
    String ref = othersPage.providerRefs().hppSessionId();
    bed.pay.shopper(ref, HppStatus.COMPLETED);
    String body = "e1 " + ref + " SUCCESSFUL";
    assertThat(
            gateway
                .handleProviderCallback()
                .handle(received(CallbackUrl.forAccount(PAY, "wrong"), body)))
        .isEqualTo(CallbackOutcome.REJECTED);
    assertThat(
            bed.gateway
                .handleProviderCallback()
                .handle(received(CallbackUrl.forAccount(PAY, "account-secret"), body)))
        .as("a gateway without an account secret for the provider")
        .isEqualTo(CallbackOutcome.REJECTED);
    assertThat(
            gateway
                .handleProviderCallback()
                .handle(received(CallbackUrl.forAccount(PAY, "account-secret"), body)))
        .isEqualTo(CallbackOutcome.APPLIED);
    assertThat(
            gateway
                .getHppSession()
                .get(
                    dev.hppgateway.application.fixtures.TestHppSessions.OTHER_MERCHANT,
                    othersPage.id())
                .status())
        .isEqualTo(HppStatus.COMPLETED);
  }

  @Test
  void unknownProviderIsRejected() {
    HppSession session = bed.create();
    assertThat(
            bed.gateway
                .handleProviderCallback()
                .handle(
                    received(CallbackUrl.forPage(ProviderId.of("ghost"), session.id(), "x"), "")))
        .isEqualTo(CallbackOutcome.REJECTED);
  }
}
