package dev.hppgateway.bootstrap.api;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs {@link WebhookEventsApiTest} on PostgreSQL at 127.0.0.1:5432, in a schema of its own that
 * Flyway migrates from empty and that is dropped afterwards; skipped when PostgreSQL is unreachable
 * on a developer machine, failed with {@code CI=true}.
 */
@EnabledIfPostgresReachable
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookEventsApiPostgresTest extends WebhookEventsApiTest {
  private final String schema = TestDatabases.newSchema();

  @Override
  Map<String, String> database() {
    return TestDatabases.postgres(schema);
  }

  @AfterAll
  void dropSchema() {
    TestDatabases.dropSchema(schema);
  }
}
