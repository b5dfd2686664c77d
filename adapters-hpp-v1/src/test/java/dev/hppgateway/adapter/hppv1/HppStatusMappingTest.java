package dev.hppgateway.adapter.hppv1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.ProviderObservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HPP v1 status table (PROVIDERS.md §5), row by row, as a page's normalized status: any case
 * and surrounding blanks read the same, and a status the table does not know (or none) is UNKNOWN,
 * never an error.
 */
class HppStatusMappingTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "WAITING, WAITING",
    "IN_PROGRESS, IN_PROGRESS",
    "MANUAL_ID_CHECK, IN_PROGRESS",
    "BACK, IN_PROGRESS",
    "COMPLETED, COMPLETED",
    "CANCELLED, CANCELLED",
    "FAILED, FAILED",
    "ERROR, FAILED",
    "DISABLED, DISABLED",
    "EXPIRED, UNKNOWN",
    "PAID, UNKNOWN",
    "'', UNKNOWN",
    "'  completed ', COMPLETED",
    "manual_id_check, IN_PROGRESS",
  })
  void everyRowOfTheTable(String raw, HppStatus expected) {
    assertThat(HppStatusMapping.normalize(raw)).isEqualTo(expected);
  }

  @Test
  void noStatusIsUnknown() {
    assertThat(HppStatusMapping.normalize(null)).isEqualTo(HppStatus.UNKNOWN);
  }

  @Test
  void aPageTheApiNoLongerKnowsHasExpired() {
    assertThat(HppStatusMapping.gone())
        .isEqualTo(ProviderObservation.of(HppStatus.EXPIRED, "NOT_FOUND"));
  }
}
