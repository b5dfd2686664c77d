package dev.hppgateway.sandbox;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanRegistration;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Starts the sandbox from plain Java (a demo, a contract test) on loopback:
 *
 * <pre>{@code
 * try (SandboxServer sandbox = SandboxServer.start(0)) {        // 0 = a free port
 *     String klarna = sandbox.baseUrl() + "/sandbox/klarna";
 * }
 * }</pre>
 *
 * The context it starts loads every Micronaut bean on the classpath, so use it from modules whose
 * classpath holds no service of its own (adapters, plain programs); inside the service set {@code
 * hpp.sandbox.enabled=true} instead.
 */
public final class SandboxServer implements AutoCloseable {

  private final EmbeddedServer server;

  private SandboxServer(EmbeddedServer server) {
    this.server = server;
  }

  /** On the given port (0 for a free one), bound to 127.0.0.1. */
  public static SandboxServer start(int port) {
    return start(port, Map.of());
  }

  /**
   * With extra properties, e.g. {@code hpp.sandbox.kustom.push-interval=200ms} or fault settings.
   */
  public static SandboxServer start(int port, Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>();
    all.put("micronaut.server.host", "127.0.0.1");
    all.put("micronaut.application.name", "hpp-provider-sandbox");
    all.putAll(properties);
    all.put(SandboxSettings.ENABLED, "true");
    all.put("micronaut.server.port", port <= 0 ? -1 : port);
    EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, all);
    return new SandboxServer(server);
  }

  /** "http://127.0.0.1:PORT" */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  public int port() {
    return server.getPort();
  }

  public String klarnaBaseUrl() {
    return baseUrl() + "/sandbox/klarna";
  }

  public String kustomBaseUrl() {
    return baseUrl() + "/sandbox/kustom";
  }

  public String opttyAuthUrl() {
    return baseUrl() + "/sandbox/optty-auth";
  }

  public String opttyApiUrl() {
    return baseUrl() + "/sandbox/optty";
  }

  public ApplicationContext context() {
    return server.getApplicationContext();
  }

  /**
   * Stops the server and its context, and shuts down the executors the context made: Micronaut 4.10
   * wraps them for context propagation and closing the context leaves the wrapped ones running, so
   * their non-daemon threads (io-executor-thread-N, kept 60 s when idle) would hold the JVM of a
   * program that returns from {@code main}.
   */
  @Override
  public void close() {
    ApplicationContext context = server.getApplicationContext();
    List<ExecutorService> executors =
        context.isRunning()
            ? context.getActiveBeanRegistrations(ExecutorService.class).stream()
                .map(BeanRegistration::getBean)
                .toList()
            : List.of();
    context.close();
    executors.forEach(ExecutorService::shutdown);
  }

  @Override
  public String toString() {
    return baseUrl();
  }
}
