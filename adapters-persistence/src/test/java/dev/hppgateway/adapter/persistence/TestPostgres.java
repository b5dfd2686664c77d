package dev.hppgateway.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL the tests use: 127.0.0.1:5432, database {@code test}, user {@code postgres} with
 * trust authentication. Each test class works in a schema of its own.
 */
final class TestPostgres {
  static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";

  private TestPostgres() {}

  /** Whether the build runs in CI, where a missing PostgreSQL is a failure, not a skip. */
  static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  static Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("connectTimeout", "3");
    properties.setProperty("loginTimeout", "3");
    return DriverManager.getConnection(URL, properties);
  }

  /** Null when PostgreSQL answers, else why not. */
  static String unreachableBecause() {
    try (Connection ignored = connect()) {
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  static void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + URL + " as " + USER + " failed: " + e.getMessage(), e);
    }
  }
}
