package dev.hppgateway.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A list query's page size is 1 to 100, and its creation-time window is not empty. */
class HppSessionQueryTest {
  private static final Instant T = TestHppSessions.NOW;

  @Test
  void aPageHoldsOneToAHundredSessions() {
    assertThat(query(1).limit()).isEqualTo(1);
    assertThat(query(HppSessionQuery.MAX_LIMIT).limit()).isEqualTo(100);
    for (int limit : new int[] {0, 101}) {
      assertThatThrownBy(() -> query(limit))
          .as("limit %d", limit)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be 1..100");
    }
  }

  @Test
  void theWindowStartsBeforeItEnds() {
    HppSessionQuery window = window(T, T.plusSeconds(1));
    assertThat(window.createdWithin(T)).isTrue();
    assertThat(window.createdWithin(T.plusSeconds(1))).isFalse();
    assertThat(window.createdWithin(T.minusNanos(1))).isFalse();
    assertThatThrownBy(() -> window(T, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("createdFrom must be before createdBefore");
  }

  private static HppSessionQuery query(int limit) {
    return new HppSessionQuery(TestHppSessions.MERCHANT, null, null, null, limit, null);
  }

  private static HppSessionQuery window(Instant from, Instant before) {
    return new HppSessionQuery(TestHppSessions.MERCHANT, null, null, null, 10, null, from, before);
  }
}
