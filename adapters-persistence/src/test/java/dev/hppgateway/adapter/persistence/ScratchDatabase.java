package dev.hppgateway.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * An empty database of the kind under test, apart from the one the context uses, for migrating step
 * by step (the context's database is already at the latest version when a test starts).
 */
record ScratchDatabase(String url, String user, String password) {

  Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    return DriverManager.getConnection(url, properties);
  }
}
