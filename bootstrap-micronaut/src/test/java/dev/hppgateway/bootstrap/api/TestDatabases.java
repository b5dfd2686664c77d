package dev.hppgateway.bootstrap.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The databases the API tests run on: an in-memory H2 in PostgreSQL mode, or the PostgreSQL at
 * 127.0.0.1:5432 (database {@code test}, user {@code postgres}, trust authentication) in a schema
 * created for one test class (Flyway migrates it from empty) and dropped after it. The same
 * settings adapters-persistence's PostgreSQL tests use.
 */
public final class TestDatabases {
  static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String PG_USER = "postgres";

  private TestDatabases() {}

  /** The datasource settings of a private in-memory H2 named {@code name}. */
  static Map<String, String> h2(String name) {
    return Map.of(
        "datasources.default.url",
        "jdbc:h2:mem:"
            + name
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  /** A fresh schema name for one test class. */
  public static String newSchema() {
    return "api_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /**
   * Creates {@code schema} on the test PostgreSQL and returns the datasource settings that use it.
   * Reached only when PostgreSQL answers or {@code CI=true} ({@link EnabledIfPostgresReachable}):
   * then an unreachable database fails the class with the reason.
   */
  public static Map<String, String> postgres(String schema) {
    String why = unreachableBecause();
    if (why != null) {
      throw new IllegalStateException(
          "CI=true and PostgreSQL is unreachable at " + PG_URL + ": " + why);
    }
    execute("CREATE SCHEMA " + schema);
    return Map.of(
        "datasources.default.url",
        PG_URL + "?currentSchema=" + schema,
        "datasources.default.driver-class-name",
        "org.postgresql.Driver",
        "datasources.default.username",
        PG_USER,
        "datasources.default.password",
        "");
  }

  public static void dropSchema(String schema) {
    if (unreachableBecause() == null) {
      execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** Whether the build runs in CI, where a missing PostgreSQL is a failure, not a skip. */
  static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Null when PostgreSQL answers, else why not. */
  static String unreachableBecause() {
    try (Connection ignored = connect()) {
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  private static Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", PG_USER);
    properties.setProperty("connectTimeout", "3");
    properties.setProperty("loginTimeout", "3");
    return DriverManager.getConnection(PG_URL, properties);
  }

  private static void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + PG_URL + " as " + PG_USER + " failed: " + e.getMessage(), e);
    }
  }
}
