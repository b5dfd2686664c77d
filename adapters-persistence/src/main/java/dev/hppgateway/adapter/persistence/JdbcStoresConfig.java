package dev.hppgateway.adapter.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where {@link JdbcStores#open(JdbcStoresConfig)} connects, and its connection pool. {@link
 * #toString()} never shows the password.
 *
 * @param jdbcUrl {@code jdbc:h2:…} (run in PostgreSQL mode; the settings it needs are added) or
 *     {@code jdbc:postgresql://…}
 * @param maximumPoolSize connections the pool keeps at most (10 by default)
 * @param connectionTimeout how long a caller waits for a connection, and {@code open} for the
 *     database to answer (10 s by default)
 */
public record JdbcStoresConfig(
    String jdbcUrl,
    String username,
    String password,
    int maximumPoolSize,
    Duration connectionTimeout) {

  public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

  public JdbcStoresConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("maximumPoolSize must be at least 1: " + maximumPoolSize);
    }
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    if (connectionTimeout.toMillis() < 250) {
      throw new IllegalArgumentException(
          "connectionTimeout must be at least 250 ms: " + connectionTimeout);
    }
  }

  /** The defaults: a pool of 10 connections, 10 s to get one. */
  public static JdbcStoresConfig of(String jdbcUrl, String username, String password) {
    return new JdbcStoresConfig(
        jdbcUrl, username, password, DEFAULT_MAXIMUM_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT);
  }

  public JdbcStoresConfig withMaximumPoolSize(int value) {
    return new JdbcStoresConfig(jdbcUrl, username, password, value, connectionTimeout);
  }

  public JdbcStoresConfig withConnectionTimeout(Duration value) {
    return new JdbcStoresConfig(jdbcUrl, username, password, maximumPoolSize, value);
  }

  @Override
  public String toString() {
    return "JdbcStoresConfig[jdbcUrl="
        + JdbcStores.redact(jdbcUrl, password)
        + ", username="
        + username
        + ", password=****, maximumPoolSize="
        + maximumPoolSize
        + ", connectionTimeout="
        + connectionTimeout
        + "]";
  }
}
