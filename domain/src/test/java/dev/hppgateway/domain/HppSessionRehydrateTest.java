package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A page loaded from a store is checked again: a snapshot that breaks an invariant (a normalized
 * UNKNOWN, too many payment references, negative counters, a refunded total outside 0..amount) is
 * refused, and the edges are accepted. A loaded page gives back what it was saved with.
 */
class HppSessionRehydrateTest {
  private static final HppSessionSnapshot SAVED = TestSessions.waiting().snapshot();

  @Test
  void aLoadedPageGivesBackWhatItWasSavedWith() {
    HppSession session = HppSession.rehydrate(SAVED);
    HppSessionDraft draft = TestSessions.draft();
    assertThat(session.providerId()).isEqualTo(TestSessions.KP);
    assertThat(session.merchantReference()).isEqualTo("order-1");
    assertThat(session.order()).isEqualTo(draft.order());
    assertThat(session.amount()).isEqualTo(Money.of(20_000, "SEK"));
    assertThat(session.options()).isEqualTo(PageOptions.none());
    assertThat(session.shopper()).isEqualTo(Shopper.none());
    assertThat(session.providerRefs()).isEqualTo(new ProviderRefs("ps_1", "kp_1"));
    assertThat(session.links()).isEqualTo(new ShopperLinks("https://pay.example/ps_1", null, null));
    assertThat(session.pendingOrder()).isNull();
    assertThat(session.callbackSecretHash()).isEqualTo("hash");
    assertThat(session.createdAt()).isEqualTo(TestSessions.T0);
    assertThat(session.version()).isZero();
    session.persistedAs(3);
    assertThat(HppSession.rehydrate(session.snapshot()).version()).isEqualTo(3);
  }

  @Test
  void aNormalizedUnknownStatusIsRefused() {
    assertThatThrownBy(() -> HppSession.rehydrate(with(HppStatus.UNKNOWN, List.of(), 0, null, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never UNKNOWN");
  }

  @Test
  void atMostFiftyPaymentReferencesAreKept() {
    List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "ref-" + i).toList();
    assertThat(
            HppSession.rehydrate(with(HppStatus.WAITING, fifty, 0, null, 0)).providerPaymentRefs())
        .hasSize(50);
    List<String> fiftyOne = IntStream.range(0, 51).mapToObj(i -> "ref-" + i).toList();
    assertThatThrownBy(() -> HppSession.rehydrate(with(HppStatus.WAITING, fiftyOne, 0, null, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 50 provider payment refs");
  }

  @Test
  void countersAreNeverNegative() {
    assertThat(HppSession.rehydrate(with(HppStatus.WAITING, List.of(), 0, null, 0)).checkAttempts())
        .isZero();
    assertThatThrownBy(() -> HppSession.rehydrate(with(HppStatus.WAITING, List.of(), -1, null, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check attempts cannot be negative");
    assertThatThrownBy(
            () -> HppSession.rehydrate(with(HppStatus.COMPLETED, List.of(), 0, null, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refund count cannot be negative");
  }

  @Test
  void theRefundedTotalIsFromZeroToTheAmountInTheSameCurrency() {
    HppSession whole =
        HppSession.rehydrate(with(HppStatus.COMPLETED, List.of(), 0, Money.of(20_000, "SEK"), 2));
    assertThat(whole.refundedAmount()).isEqualTo(Money.of(20_000, "SEK"));
    assertThat(whole.refundCount()).isEqualTo(2);
    for (Money wrong :
        new Money[] {Money.of(20_001, "SEK"), Money.of(-1, "SEK"), Money.of(100, "EUR")}) {
      assertThatThrownBy(
              () -> HppSession.rehydrate(with(HppStatus.COMPLETED, List.of(), 0, wrong, 1)))
          .as("refunded %s", wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be from 0 to the page's amount");
    }
  }

  @Test
  void aRefundedPageGaveItsWholeAmountBackWhateverAnOlderSnapshotSays() {
    HppSession refunded =
        HppSession.rehydrate(with(HppStatus.REFUNDED, List.of(), 0, Money.of(500, "SEK"), 1));
    assertThat(refunded.refundedAmount()).isEqualTo(Money.of(20_000, "SEK"));
    assertThat(refunded.refundableAmount()).isEqualTo(Money.of(0, "SEK"));
  }

  private static HppSessionSnapshot with(
      HppStatus status, List<String> refs, int checkAttempts, Money refunded, int refundCount) {
    HppSessionSnapshot s = SAVED;
    return new HppSessionSnapshot(
        s.id(),
        s.merchantId(),
        s.providerId(),
        s.merchantReference(),
        s.order(),
        s.merchantUrls(),
        s.options(),
        s.shopper(),
        status,
        status.name(),
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
        refs,
        s.nextCheckAt(),
        checkAttempts,
        refunded,
        refundCount);
  }
}
