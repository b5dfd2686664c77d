package dev.hppgateway.bootstrap.hostile;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.EnabledIfPostgresReachable;
import dev.hppgateway.bootstrap.api.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Every hostile create example of {@link HostileCreateExamplesTest} on PostgreSQL at
 * 127.0.0.1:5432, the production database, in a schema of its own that Flyway migrates from empty
 * and that is dropped afterwards: SQL-looking and unicode references are stored and read back
 * verbatim there too, and NUL (which PostgreSQL text cannot hold: "invalid byte sequence for
 * encoding UTF8: 0x00") is a 400 naming the field, not a 500. Skipped with a message when
 * PostgreSQL is unreachable on a developer machine; with {@code CI=true} it runs and fails instead.
 */
@EnabledIfPostgresReachable
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCreateExamplesPostgresTest extends HostileCreateExamplesTest {
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
