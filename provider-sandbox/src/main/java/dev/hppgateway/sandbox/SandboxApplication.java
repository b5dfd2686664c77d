package dev.hppgateway.sandbox;

import io.micronaut.runtime.Micronaut;
import java.util.Map;

/**
 * Runs the sandbox on its own: {@code mvn -pl provider-sandbox exec:java} or {@code java -jar
 * provider-sandbox/target/hpp-gateway-provider-sandbox-*-standalone.jar}. Port 8085 unless {@code
 * MICRONAUT_SERVER_PORT} / {@code -Dmicronaut.server.port} says otherwise.
 */
public final class SandboxApplication {

  private SandboxApplication() {}

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "sandbox-logback.xml");
    }
    Micronaut.build(args)
        .mainClass(SandboxApplication.class)
        .properties(
            Map.of(
                SandboxSettings.ENABLED,
                "true",
                "micronaut.application.name",
                "hpp-provider-sandbox",
                "micronaut.server.port",
                System.getProperty(
                    "micronaut.server.port",
                    System.getenv().getOrDefault("MICRONAUT_SERVER_PORT", "8085"))))
        .start();
  }
}
