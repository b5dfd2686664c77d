package dev.hppgateway.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An H2 file database opened through the stores writes each commit at once: its {@code WRITE_DELAY}
 * (500 ms by default) is 0 afterwards, a setting the database keeps. What that buys (no
 * acknowledged commit lost to {@code kill -9}) is proven with a killed process by the service jar's
 * KillDashNineIT.
 */
class H2DurableCommitsTest {

  @Test
  void anH2FileDatabaseOpenedByTheStoresHasNoWriteDelay() throws Exception {
    String url =
        "jdbc:h2:file:"
            + Path.of("target", "h2-durable", UUID.randomUUID().toString(), "hpp").toAbsolutePath();
    assertThat(writeDelay(url)).as("H2's default, opened alone").isEqualTo("500");
    try (JdbcStores stores = JdbcStores.open(url, "sa", "")) {
      // a second connection of this JVM shares the open database, and its settings
      assertThat(writeDelay(url)).as("while the stores have it open").isEqualTo("0");
    }
  }

  @Test
  void onlyH2FileDatabasesAreChanged() {
    assertThat(H2DurableCommits.isH2File("H2", "jdbc:h2:file:/data/hpp")).isTrue();
    assertThat(H2DurableCommits.isH2File("H2", "jdbc:h2:./data/hpp")).isTrue();
    assertThat(H2DurableCommits.isH2File("H2", "jdbc:h2:mem:x")).isFalse();
    assertThat(H2DurableCommits.isH2File("PostgreSQL", "jdbc:postgresql://db/hpp")).isFalse();
  }

  private static String writeDelay(String url) throws Exception {
    try (Connection connection =
            DriverManager.getConnection(
                url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "");
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertThat(row.next()).isTrue();
      return row.getString(1);
    }
  }
}
