package dev.hppgateway.bootstrap.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class when PostgreSQL is unreachable on a developer machine, saying so. With {@code
 * CI=true} the class runs anyway, so the missing database fails the build instead of hiding behind
 * a skip. Conditions run before any other extension, so no Micronaut context is started for a skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EnabledIfPostgresReachable.Condition.class)
public @interface EnabledIfPostgresReachable {

  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return decide(TestDatabases.unreachableBecause(), TestDatabases.inCi());
    }

    /**
     * Runs when PostgreSQL answers ({@code why} null) or in CI; otherwise skips, saying why.
     *
     * @param why why PostgreSQL did not answer, null when it did
     * @param ci whether {@code CI=true}
     */
    static ConditionEvaluationResult decide(String why, boolean ci) {
      if (why == null) {
        return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabases.PG_URL);
      }
      if (ci) {
        return ConditionEvaluationResult.enabled(
            "PostgreSQL is unreachable but CI=true: running so the build fails (" + why + ")");
      }
      return ConditionEvaluationResult.disabled(
          "SKIPPED: PostgreSQL unreachable at "
              + TestDatabases.PG_URL
              + " ("
              + why
              + "). Start it (pg_ctlcluster <version> main start) to run these API tests on"
              + " PostgreSQL; with CI=true this fails the build.");
    }
  }
}
