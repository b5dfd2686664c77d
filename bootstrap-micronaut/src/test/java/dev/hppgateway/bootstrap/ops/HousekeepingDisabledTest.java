package dev.hppgateway.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code hpp.housekeeping.enabled=false}: no job, so nothing is deleted on a schedule. */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HousekeepingDisabledTest implements TestPropertyProvider {
  @Inject ApplicationContext context;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "hpp.housekeeping.enabled",
        "false",
        "datasources.default.url",
        "jdbc:h2:mem:housekeeping-disabled;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @Test
  void theJobIsNotThere() {
    assertThat(context.containsBean(HousekeepingJob.class)).isFalse();
  }
}
