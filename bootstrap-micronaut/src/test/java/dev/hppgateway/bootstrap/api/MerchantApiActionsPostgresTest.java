package dev.hppgateway.bootstrap.api;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs every test of {@link MerchantApiActionsTest} (disable, distribution, cancel, refunds in full
 * and in part, errors) on PostgreSQL at 127.0.0.1:5432, in a schema of its own that Flyway migrates
 * from empty and that is dropped afterwards. Skipped with a message when PostgreSQL is unreachable
 * on a developer machine; with {@code CI=true} it runs and fails instead.
 */
@EnabledIfPostgresReachable
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantApiActionsPostgresTest extends MerchantApiActionsTest {
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
