package dev.hppgateway.bootstrap;

import java.util.HashMap;
import java.util.Map;

/** The settings of a service test: sandbox mode on a loopback port, a private in-memory H2. */
public final class SandboxServiceProperties {
  private SandboxServiceProperties() {}

  /**
   * @param port where the service listens (127.0.0.1)
   * @param database the name of the test's own in-memory H2 database
   * @return mutable settings, for the test to add its own
   */
  public static Map<String, String> of(int port, String database) {
    Map<String, String> properties = new HashMap<>();
    properties.put(
        "datasources.default.url",
        "jdbc:h2:mem:"
            + database
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("micronaut.server.host", "127.0.0.1");
    properties.put("hpp.public-base-url", "http://127.0.0.1:" + port);
    properties.put("hpp.sandbox.enabled", "true");
    return properties;
  }
}
