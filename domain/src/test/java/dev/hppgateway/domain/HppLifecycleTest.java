package dev.hppgateway.domain;

import static dev.hppgateway.domain.HppStatus.CANCELLED;
import static dev.hppgateway.domain.HppStatus.COMPLETED;
import static dev.hppgateway.domain.HppStatus.DISABLED;
import static dev.hppgateway.domain.HppStatus.EXPIRED;
import static dev.hppgateway.domain.HppStatus.FAILED;
import static dev.hppgateway.domain.HppStatus.IN_PROGRESS;
import static dev.hppgateway.domain.HppStatus.REFUNDED;
import static dev.hppgateway.domain.HppStatus.UNKNOWN;
import static dev.hppgateway.domain.HppStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Enumerates the whole graph: every (from, to) pair is either allowed by this table or not. */
class HppLifecycleTest {

  /** The allowed moves, written out independently of the production table. */
  private static final List<Arguments> ALLOWED =
      List.of(
          Arguments.of(WAITING, IN_PROGRESS),
          Arguments.of(WAITING, FAILED),
          Arguments.of(WAITING, COMPLETED),
          Arguments.of(WAITING, CANCELLED),
          Arguments.of(WAITING, DISABLED),
          Arguments.of(WAITING, EXPIRED),
          Arguments.of(IN_PROGRESS, FAILED),
          Arguments.of(IN_PROGRESS, COMPLETED),
          Arguments.of(IN_PROGRESS, CANCELLED),
          Arguments.of(IN_PROGRESS, DISABLED),
          Arguments.of(IN_PROGRESS, EXPIRED),
          Arguments.of(FAILED, IN_PROGRESS),
          Arguments.of(FAILED, COMPLETED),
          Arguments.of(FAILED, CANCELLED),
          Arguments.of(FAILED, DISABLED),
          Arguments.of(FAILED, EXPIRED),
          Arguments.of(COMPLETED, REFUNDED));

  static Stream<Arguments> allowed() {
    return ALLOWED.stream();
  }

  static Stream<Arguments> forbidden() {
    List<Arguments> out = new ArrayList<>();
    for (HppStatus from : HppStatus.values()) {
      for (HppStatus to : HppStatus.values()) {
        boolean isAllowed = ALLOWED.stream().anyMatch(a -> a.get()[0] == from && a.get()[1] == to);
        if (from != to && !isAllowed) {
          out.add(Arguments.of(from, to));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} → {1} is applied")
  @MethodSource("allowed")
  void allowedMovesApply(HppStatus from, HppStatus to) {
    assertThat(HppLifecycle.allows(from, to)).isTrue();
    assertThat(HppLifecycle.decide(from, to)).isEqualTo(HppLifecycle.Decision.APPLY);
  }

  @ParameterizedTest(name = "{0} → {1} is ignored")
  @MethodSource("forbidden")
  void forbiddenMovesAreIgnoredNotErrors(HppStatus from, HppStatus to) {
    assertThat(HppLifecycle.allows(from, to)).isFalse();
    assertThat(HppLifecycle.decide(from, to)).isEqualTo(HppLifecycle.Decision.IGNORE);
  }

  @ParameterizedTest(name = "{0} → {0} is a repeat")
  @MethodSource("everyStatus")
  void sameStatusIsARepeat(HppStatus status) {
    assertThat(HppLifecycle.decide(status, status)).isEqualTo(HppLifecycle.Decision.REPEAT);
  }

  static Stream<HppStatus> everyStatus() {
    return Stream.of(HppStatus.values());
  }

  @ParameterizedTest(name = "final {0} has no way out but a refund")
  @MethodSource("everyStatus")
  void finalStatusesOnlyLeaveCompletedForRefunded(HppStatus status) {
    if (!status.isFinal()) {
      return;
    }
    Set<HppStatus> expected =
        status == COMPLETED ? EnumSet.of(REFUNDED) : EnumSet.noneOf(HppStatus.class);
    assertThat(HppLifecycle.next(status)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "nothing moves to UNKNOWN from {0}")
  @MethodSource("everyStatus")
  void unknownIsNeverATarget(HppStatus status) {
    if (status != UNKNOWN) {
      assertThat(HppLifecycle.decide(status, UNKNOWN)).isEqualTo(HppLifecycle.Decision.IGNORE);
    }
  }

  @Test
  void aReadRefundOfAnUnpaidPageImpliesTheCompletion() {
    assertThat(HppLifecycle.decide(WAITING, REFUNDED)).isEqualTo(HppLifecycle.Decision.IGNORE);
    assertThat(HppLifecycle.decideRead(WAITING, REFUNDED)).isEqualTo(HppLifecycle.Decision.APPLY);
    assertThat(HppLifecycle.decideRead(IN_PROGRESS, REFUNDED))
        .isEqualTo(HppLifecycle.Decision.APPLY);
    assertThat(HppLifecycle.decideRead(WAITING, IN_PROGRESS))
        .isEqualTo(HppLifecycle.Decision.APPLY);
  }
}
