package dev.hppgateway.adapter.persistence;

import java.nio.file.Path;
import java.util.UUID;

/** {@link JdbcStores} on an H2 file database under target/, given without any H2 setting. */
class JdbcStoresH2FileTest extends JdbcStoresDurabilityTest {
  private final String url =
      "jdbc:h2:file:"
          + Path.of("target", "jdbc-stores", UUID.randomUUID().toString(), "hpp").toAbsolutePath();

  @Override
  String url() {
    return url;
  }

  @Override
  String username() {
    return "sa";
  }
}
