package dev.hppgateway.adapter.opttydirect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Optty's order statuses on the page's lifecycle (PROVIDERS.md §4 and §5), row by row: case and
 * blanks do not matter, an order that ended unpaid leaves the link payable (FAILED), partly
 * refunded is still paid, and an unknown value is UNKNOWN with its raw text kept (at most 255
 * characters).
 */
class OpttyStatusesTest {

  @ParameterizedTest(name = "{0} → {1}, paid: {2}")
  @CsvSource({
    "INITIATED, IN_PROGRESS, false",
    "PENDING, IN_PROGRESS, false",
    "SUCCESSFUL, COMPLETED, true",
    "PAID, COMPLETED, true",
    "CANCELLED, FAILED, false",
    "canceled, FAILED, false",
    "DECLINED, FAILED, false",
    "FAILED, FAILED, false",
    "ERROR, FAILED, false",
    "PARTIALLY_REFUNDED, COMPLETED, true",
    "REFUNDED, REFUNDED, true",
    "' refunded ', REFUNDED, true",
    "EXPIRED, UNKNOWN, false",
    "'', UNKNOWN, false",
  })
  void everyRowOfTheTable(String raw, HppStatus expected, boolean paid) {
    assertThat(OpttyStatuses.normalize(raw)).isEqualTo(expected);
    assertThat(OpttyStatuses.paid(raw)).isEqualTo(paid);
  }

  @Test
  void noStatusIsUnknownAndUnpaid() {
    assertThat(OpttyStatuses.normalize(null)).isEqualTo(HppStatus.UNKNOWN);
    assertThat(OpttyStatuses.paid(null)).isFalse();
  }

  @Test
  void onlyACancelledLinkReadsAsCancelled() {
    assertThat(OpttyStatuses.linkCancelled("CANCELLED")).isTrue();
    assertThat(OpttyStatuses.linkCancelled(" canceled ")).isTrue();
    assertThat(OpttyStatuses.linkCancelled("DECLINED")).isFalse();
    assertThat(OpttyStatuses.linkCancelled(null)).isFalse();
  }

  @Test
  void anObservationKeepsTheRawStatusUpTo255Characters() {
    assertThat(OpttyStatuses.observe("paid"))
        .isEqualTo(ProviderObservation.of(HppStatus.COMPLETED, "paid"));
    String longest = "X".repeat(255);
    assertThat(OpttyStatuses.observe(longest).raw()).isEqualTo(longest);
    assertThat(OpttyStatuses.observe(longest + "YZ").raw()).isEqualTo(longest);
    assertThat(OpttyStatuses.observe(longest + "YZ").normalized()).isEqualTo(HppStatus.UNKNOWN);
  }
}
