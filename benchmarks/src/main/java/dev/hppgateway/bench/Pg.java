package dev.hppgateway.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmarks' own PostgreSQL database on 127.0.0.1:5432 (user postgres, trust): {@code
 * hpp_bench} unless told otherwise, dropped and created anew for each run.
 */
public final class Pg {
  public static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";
  public static final String USER = "postgres";

  private Pg() {}

  public static String url(String database) {
    return HOST + database;
  }

  /** Drops {@code database} (ending its connections) and creates it empty. */
  public static void recreate(String database) throws SQLException {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("a plain database name: " + database);
    }
    try (Connection admin = DriverManager.getConnection(url("postgres"), USER, "");
        Statement sql = admin.createStatement()) {
      sql.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
              + database
              + "' AND pid <> pg_backend_pid()");
      sql.execute("DROP DATABASE IF EXISTS " + database);
      sql.execute("CREATE DATABASE " + database);
    }
  }

  public static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), USER, "");
  }
}
