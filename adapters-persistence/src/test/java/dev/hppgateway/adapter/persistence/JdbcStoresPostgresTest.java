package dev.hppgateway.adapter.persistence;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link JdbcStores} on PostgreSQL at 127.0.0.1:5432, in a schema created for the test and dropped
 * afterwards. Skipped locally when PostgreSQL is down; with {@code CI=true} it runs and fails.
 */
@EnabledIfPostgresReachable
class JdbcStoresPostgresTest extends JdbcStoresDurabilityTest {
  private final String schema =
      "hpp_stores_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  @BeforeEach
  void createSchema() {
    String why = TestPostgres.unreachableBecause();
    if (why != null) {
      // Only reached with CI=true (the condition skips otherwise): fail with the reason.
      throw new IllegalStateException(
          "CI=true and PostgreSQL is unreachable at " + TestPostgres.URL + ": " + why);
    }
    TestPostgres.execute("CREATE SCHEMA " + schema);
  }

  @AfterEach
  void dropSchema() {
    if (TestPostgres.unreachableBecause() == null) {
      TestPostgres.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Override
  String url() {
    return TestPostgres.URL + "?currentSchema=" + schema;
  }

  @Override
  String username() {
    return TestPostgres.USER;
  }
}
