package dev.hppgateway.adapter.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class when PostgreSQL is unreachable on a developer machine. With {@code CI=true}
 * the class runs anyway, so the missing database fails the build instead of hiding behind a skip.
 * Conditions run before any other extension, so no Micronaut context is started for a skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfPostgresReachable.Condition.class)
@interface EnabledIfPostgresReachable {

  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String why = TestPostgres.unreachableBecause();
      if (why == null) {
        return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestPostgres.URL);
      }
      if (TestPostgres.inCi()) {
        return ConditionEvaluationResult.enabled(
            "PostgreSQL is unreachable but CI=true: running so the build fails (" + why + ")");
      }
      return ConditionEvaluationResult.disabled(
          "SKIPPED: PostgreSQL unreachable at "
              + TestPostgres.URL
              + " ("
              + why
              + "). Start it (pg_ctlcluster <version> main start) to run these tests; with CI=true"
              + " this fails the build.");
    }
  }
}
