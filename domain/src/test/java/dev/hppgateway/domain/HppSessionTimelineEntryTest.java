package dev.hppgateway.domain;

import static dev.hppgateway.domain.TestSessions.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HppSessionTimelineEntryTest {

  @Test
  void theCreationHasNoPreviousStatusAndTheProvidersStatusOfThePage() {
    HppSession.Opened opened =
        HppSession.open(
            TestSessions.draft(),
            new ProviderRefs("ps_1", "kp_1"),
            new ShopperLinks("https://pay.example/ps_1", null, null),
            "created",
            null,
            T0);

    HppSessionTimelineEntry entry =
        HppSessionTimelineEntry.of(opened.session(), opened.event(), null, 1, HppChangeSource.API);

    assertThat(entry)
        .isEqualTo(
            new HppSessionTimelineEntry(
                HppSessionId.of("hpp_1"),
                MerchantId.of("m1"),
                1,
                "hpp_session.created",
                null,
                HppStatus.WAITING,
                "created",
                HppChangeSource.API,
                T0));
  }

  @Test
  void aChangeNamesTheStatusItLeftAndTheRawStatusItWasSavedWith() {
    HppSession session = TestSessions.waiting();
    List<HppSessionEvent> events =
        session.observe(
            new ProviderObservation(HppStatus.IN_PROGRESS, "AUTHORIZING", null, null),
            T0.plusSeconds(5));

    HppSessionTimelineEntry entry =
        HppSessionTimelineEntry.of(
            session, events.get(0), HppStatus.WAITING, 2, HppChangeSource.CALLBACK);

    assertThat(entry.type()).isEqualTo("hpp_session.in_progress");
    assertThat(entry.previousStatus()).isEqualTo(HppStatus.WAITING);
    assertThat(entry.status()).isEqualTo(HppStatus.IN_PROGRESS);
    assertThat(entry.providerStatus()).isEqualTo("AUTHORIZING");
    assertThat(entry.source()).isEqualTo(HppChangeSource.CALLBACK);
    assertThat(entry.occurredAt()).isEqualTo(T0.plusSeconds(5));
  }

  @Test
  void theEventsOwnPreviousStatusWinsOverTheCallersGuess() {
    HppSession session = TestSessions.waiting();
    HppSessionEvent late =
        new HppSessionCompleted(session.id(), session.merchantId(), T0, HppStatus.EXPIRED);

    assertThat(
            HppSessionTimelineEntry.of(session, late, HppStatus.WAITING, 3, HppChangeSource.SWEEP)
                .previousStatus())
        .isEqualTo(HppStatus.EXPIRED);
  }

  @Test
  void refusesANumberBelowOneABlankTypeAndMissingParts() {
    HppSessionId id = HppSessionId.of("hpp_1");
    MerchantId merchant = MerchantId.of("m1");
    assertThatThrownBy(
            () ->
                new HppSessionTimelineEntry(
                    id, merchant, 0, "t", null, HppStatus.WAITING, null, HppChangeSource.API, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new HppSessionTimelineEntry(
                    id, merchant, 1, " ", null, HppStatus.WAITING, null, HppChangeSource.API, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new HppSessionTimelineEntry(
                    id, merchant, 1, "t", null, HppStatus.WAITING, null, null, T0))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                new HppSessionTimelineEntry(
                    id,
                    merchant,
                    1,
                    "t",
                    null,
                    HppStatus.WAITING,
                    "x".repeat(256),
                    HppChangeSource.API,
                    T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTypeIsAtMost100CharactersAndAProviderStatusAtMost255() {
    HppSessionId id = HppSessionId.of("hpp_1");
    MerchantId merchant = MerchantId.of("m1");
    String type = "t".repeat(100);
    String raw = "s".repeat(255);
    assertThat(
            new HppSessionTimelineEntry(
                    id, merchant, 1, type, null, HppStatus.WAITING, raw, HppChangeSource.API, T0)
                .providerStatus())
        .isEqualTo(raw);
    assertThatThrownBy(
            () ->
                new HppSessionTimelineEntry(
                    id,
                    merchant,
                    1,
                    type + "t",
                    null,
                    HppStatus.WAITING,
                    raw,
                    HppChangeSource.API,
                    T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 100 characters");
    assertThatThrownBy(
            () ->
                new HppSessionTimelineEntry(
                    id,
                    merchant,
                    1,
                    type,
                    null,
                    HppStatus.WAITING,
                    raw + "s",
                    HppChangeSource.API,
                    T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 255 characters");
  }
}
