package dev.hppgateway.sandbox;

import java.util.Map;

/** One sandbox for the whole test JVM (a context costs seconds); tests reset what they change. */
final class SharedSandbox {

  static final String PAYMENT_SECRET = "test-payment-secret";

  private static SandboxServer server;

  private SharedSandbox() {}

  static synchronized SandboxServer get() {
    if (server == null) {
      server =
          SandboxServer.start(
              0,
              Map.of(
                  "hpp.sandbox.kustom.push-interval", "150ms",
                  "hpp.sandbox.kustom.push-max-attempts", 4,
                  "hpp.sandbox.callbacks.retry-delay", "100ms",
                  "hpp.sandbox.callbacks.timeout", "2s",
                  "hpp.sandbox.optty.payment-secret", PAYMENT_SECRET,
                  "hpp.sandbox.merchant-name", "Test Shop AB"));
      SandboxServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return server;
  }
}
