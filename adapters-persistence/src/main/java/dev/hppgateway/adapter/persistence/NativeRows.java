package dev.hppgateway.adapter.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a SELECT built at run time (the list queries whose filters are optional) and reads its rows
 * as entities, with the same binding on H2 and PostgreSQL.
 */
final class NativeRows {
  private NativeRows() {}

  /**
   * The rows of {@code sql} with {@code args} bound in order, read as {@code type}.
   *
   * @param what what is being read, for the error message
   */
  static <T> List<T> select(
      JdbcOperations jdbc, String sql, List<Object> args, Class<T> type, String what) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          try {
            bind(statement, args);
            try (ResultSet result = statement.executeQuery()) {
              List<T> read = new ArrayList<>();
              while (result.next()) {
                read.add(jdbc.readEntity(result, type));
              }
              return read;
            }
          } catch (SQLException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
          }
        });
  }

  private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      Object arg = args.get(i);
      if (arg instanceof Instant instant) {
        // Timestamp is an absolute instant: both drivers convert it correctly for TIMESTAMP WITH
        // TIME ZONE.
        statement.setTimestamp(i + 1, Timestamp.from(instant));
      } else {
        statement.setObject(i + 1, arg);
      }
    }
  }
}
