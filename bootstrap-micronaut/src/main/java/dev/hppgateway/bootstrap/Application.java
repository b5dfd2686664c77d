package dev.hppgateway.bootstrap;

import io.micronaut.runtime.Micronaut;

/** The service: the gateway core wired by {@link GatewayFactory}, on Micronaut. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
