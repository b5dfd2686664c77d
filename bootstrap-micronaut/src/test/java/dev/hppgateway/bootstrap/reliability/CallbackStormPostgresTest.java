package dev.hppgateway.bootstrap.reliability;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.EnabledIfPostgresReachable;
import dev.hppgateway.bootstrap.api.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link CallbackStormTest} on PostgreSQL at 127.0.0.1:5432, in a schema of its own that Flyway
 * migrates from empty and that is dropped afterwards: the callbacks, the sweep and the webhook
 * worker contend for the same rows through PostgreSQL's locks. Skipped with a message when
 * PostgreSQL is unreachable on a developer machine; with {@code CI=true} it runs and fails instead.
 */
@EnabledIfPostgresReachable
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallbackStormPostgresTest extends CallbackStormTest {
  private final String schema = "storm_" + TestDatabases.newSchema();

  @Override
  Map<String, String> database() {
    return TestDatabases.postgres(schema);
  }

  @AfterAll
  void dropSchema() {
    TestDatabases.dropSchema(schema);
  }
}
