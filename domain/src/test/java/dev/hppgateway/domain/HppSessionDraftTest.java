package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is left out of a page's draft or snapshot means none: no merchant URLs, no options, no
 * shopper details, no provider payment references.
 */
class HppSessionDraftTest {

  @Test
  void absentUrlsOptionsAndShopperMeanNone() {
    HppSessionDraft full = TestSessions.draft();
    HppSessionDraft draft =
        new HppSessionDraft(
            full.id(),
            full.merchantId(),
            full.providerId(),
            full.merchantReference(),
            full.order(),
            null,
            null,
            null,
            full.expiresAt(),
            full.callbackSecretHash());
    assertThat(draft.merchantUrls()).isEqualTo(MerchantUrls.none());
    assertThat(draft.options()).isEqualTo(PageOptions.none());
    assertThat(draft.shopper()).isEqualTo(Shopper.none());
  }

  @Test
  void aSnapshotWithoutPaymentReferencesHasNone() {
    HppSessionSnapshot s = TestSessions.waiting().snapshot();
    HppSessionSnapshot none =
        new HppSessionSnapshot(
            s.id(),
            s.merchantId(),
            s.providerId(),
            s.merchantReference(),
            s.order(),
            s.merchantUrls(),
            s.options(),
            s.shopper(),
            s.status(),
            s.rawStatus(),
            s.providerRefs(),
            s.links(),
            s.expiresAt(),
            s.authorizationToken(),
            s.orderId(),
            s.authorizationExpiresAt(),
            s.pendingOrder(),
            s.callbackSecretHash(),
            s.createdAt(),
            s.updatedAt(),
            s.version(),
            null,
            s.nextCheckAt(),
            s.checkAttempts());
    assertThat(none.providerPaymentRefs()).isEqualTo(List.of());
    assertThat(HppSession.rehydrate(none).providerPaymentRefs()).isEmpty();
  }

  @Test
  void theEventOfAMoveNamesNoPreviousStatus() {
    Instant at = TestSessions.T0;
    HppSessionEvent event =
        HppSessionEvent.of(HppSessionId.of("hpp_1"), MerchantId.of("m1"), HppStatus.EXPIRED, at);
    assertThat(event)
        .isEqualTo(new HppSessionExpired(HppSessionId.of("hpp_1"), MerchantId.of("m1"), at));
    assertThat(event.type()).isEqualTo("hpp_session.expired");
  }
}
