package dev.hppgateway.adapter.persistence;

import static dev.hppgateway.application.fixtures.TestHppSessions.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.domain.HppSessionId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stores are configured by {@link JdbcStores#open}'s arguments alone: the host program's system
 * properties (and likewise its environment and {@code application.yml}) do not reach the context
 * inside.
 */
class JdbcStoresIsolationTest {

  @Test
  void theHostProgramsMicronautSettingsDoNotReachTheStores() {
    // Were it read, Flyway would stop at V1 and the session table would be missing.
    System.setProperty("flyway.datasources.default.target", "1");
    try (JdbcStores stores =
        JdbcStores.open(
            "jdbc:h2:mem:isolation_" + UUID.randomUUID().toString().replace("-", ""), "sa", "")) {
      assertThat(stores.sessions().findById(HppSessionId.of("hs_" + "missing"))).isEmpty();
      assertThat(stores.merchants().findById(MERCHANT)).isEmpty();
    } finally {
      System.clearProperty("flyway.datasources.default.target");
    }
  }

  @Test
  void anH2UrlThatAlreadyCarriesTheSettingsInAnyCaseOpensAsGiven() {
    try (JdbcStores stores =
        JdbcStores.open(
            "jdbc:h2:mem:given_"
                + UUID.randomUUID().toString().replace("-", "")
                + ";mode=postgresql;Database_To_Lower=true;DEFAULT_NULL_ORDERING=HIGH",
            "sa",
            "")) {
      assertThat(stores.toString())
          .as("nothing added twice")
          .containsOnlyOnce("=postgresql")
          .doesNotContain("MODE=PostgreSQL")
          .containsOnlyOnce("DEFAULT_NULL_ORDERING");
      assertThat(stores.merchants().findById(MERCHANT)).isEmpty();
    }
  }
}
