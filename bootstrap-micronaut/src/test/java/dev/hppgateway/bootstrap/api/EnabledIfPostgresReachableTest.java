package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** The PostgreSQL API tests skip on a developer machine without PostgreSQL, never in CI. */
class EnabledIfPostgresReachableTest {

  @Test
  void runsWhenPostgresAnswers() {
    assertThat(EnabledIfPostgresReachable.Condition.decide(null, false).isDisabled()).isFalse();
    assertThat(EnabledIfPostgresReachable.Condition.decide(null, true).isDisabled()).isFalse();
  }

  @Test
  void skipsLocallyWithTheReasonWhenPostgresIsDown() {
    ConditionEvaluationResult result =
        EnabledIfPostgresReachable.Condition.decide("Connection refused", false);
    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("SKIPPED", "127.0.0.1:5432", "Connection refused", "CI=true"));
  }

  @Test
  void runsInCiEvenWhenPostgresIsDownSoTheBuildFails() {
    ConditionEvaluationResult result =
        EnabledIfPostgresReachable.Condition.decide("Connection refused", true);
    assertThat(result.isDisabled()).isFalse();
    assertThat(result.getReason()).hasValueSatisfying(r -> assertThat(r).contains("CI=true"));
  }
}
