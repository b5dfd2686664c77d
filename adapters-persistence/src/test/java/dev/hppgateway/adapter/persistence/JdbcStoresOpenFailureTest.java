package dev.hppgateway.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link JdbcStores#open} refuses what it cannot use, saying why, and never shows the password. */
class JdbcStoresOpenFailureTest {
  private static final String SECRET = "s3cret-Pw";
  private static final String URL_SECRET = "url-Secret-9";

  private static String everything(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void aUrlOfAnotherDatabaseIsRefusedNamingTheOnesThatWork() {
    assertThatThrownBy(
            () ->
                JdbcStores.open(
                    "jdbc:mysql://db.example/shop?user=app&password=" + URL_SECRET, "app", SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported JDBC URL 'jdbc:mysql://db.example/shop")
        .hasMessageContaining("jdbc:postgresql://")
        .hasMessageContaining("jdbc:h2:")
        .satisfies(e -> assertThat(everything(e)).doesNotContain(SECRET, URL_SECRET));
  }

  @Test
  void anH2UrlInAnotherModeIsRefused() {
    assertThatThrownBy(() -> JdbcStores.open("jdbc:h2:mem:x;MODE=MySQL", "sa", SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MODE=MySQL")
        .hasMessageContaining("MODE=PostgreSQL");
  }

  @Test
  void anUnreachableDatabaseFailsOpenWithTheReasonAndNoPassword() {
    // Nothing listens on port 1: the connection is refused at once.
    JdbcStoresConfig config =
        JdbcStoresConfig.of(
                "jdbc:postgresql://127.0.0.1:1/test?password=" + URL_SECRET, "postgres", SECRET)
            .withConnectionTimeout(Duration.ofSeconds(2));
    assertThat(config.toString()).doesNotContain(SECRET, URL_SECRET);
    assertThatThrownBy(() -> JdbcStores.open(config))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "could not open the gateway's stores at jdbc:postgresql://127.0.0.1:1/test?password=****"
                + " as user 'postgres': Connection to 127.0.0.1:1 refused")
        .satisfies(e -> assertThat(everything(e)).doesNotContain(SECRET, URL_SECRET));
  }

  @Test
  void theGivenPasswordIsBlankedWhereverItAppears() {
    // The password is also the database name here, so the URL the message names contains it.
    assertThatThrownBy(
            () ->
                JdbcStores.open(
                    JdbcStoresConfig.of("jdbc:postgresql://127.0.0.1:1/" + SECRET, "u", SECRET)
                        .withConnectionTimeout(Duration.ofSeconds(2))))
        .isInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertThat(everything(e)).doesNotContain(SECRET));
  }
}
