package dev.hppgateway.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The contract on PostgreSQL at 127.0.0.1:5432, in a schema created for this run (Flyway migrates
 * it from empty) and dropped afterwards.
 */
@EnabledIfPostgresReachable
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresPersistenceTest extends PersistenceContractTest implements TestPropertyProvider {
  private final String schema =
      "hpp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  @Override
  public Map<String, String> getProperties() {
    String why = TestPostgres.unreachableBecause();
    if (why != null) {
      // Only reached with CI=true (the condition skips otherwise): fail with the reason.
      throw new IllegalStateException(
          "CI=true and PostgreSQL is unreachable at " + TestPostgres.URL + ": " + why);
    }
    TestPostgres.execute("CREATE SCHEMA " + schema);
    return Map.of(
        "datasources.default.url",
        TestPostgres.URL + "?currentSchema=" + schema,
        "datasources.default.driver-class-name",
        "org.postgresql.Driver",
        "datasources.default.username",
        TestPostgres.USER,
        "datasources.default.password",
        "");
  }

  private final List<String> scratchSchemas = new ArrayList<>();

  @Override
  ScratchDatabase scratchDatabase() {
    String scratch = schema + "_s" + scratchSchemas.size();
    scratchSchemas.add(scratch);
    TestPostgres.execute("CREATE SCHEMA " + scratch);
    return new ScratchDatabase(
        TestPostgres.URL + "?currentSchema=" + scratch, TestPostgres.USER, "");
  }

  @AfterAll
  void dropSchema() {
    TestPostgres.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    scratchSchemas.forEach(s -> TestPostgres.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE"));
  }
}
