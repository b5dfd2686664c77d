package dev.hppgateway.bootstrap.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.in.SweepHppSessionsUseCase;
import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code hpp.sweep.enabled=false} and {@code hpp.reconcile.enabled=false}: neither scheduled job;
 * the use case itself is still there.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepSchedulerDisabledTest implements TestPropertyProvider {
  private final int port = freePort();

  @Inject ApplicationContext context;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "datasources.default.url",
        "jdbc:h2:mem:sweep-scheduler-off;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "micronaut.server.port",
        String.valueOf(port),
        "micronaut.server.host",
        "127.0.0.1",
        "hpp.public-base-url",
        "http://127.0.0.1:" + port,
        "hpp.sandbox.enabled",
        "true",
        "hpp.sweep.enabled",
        "false",
        "hpp.sweep.interval",
        "50ms",
        "hpp.reconcile.enabled",
        "false");
  }

  @Test
  void theOffSwitchLeavesTheSchedulerOut() {
    assertThat(context.containsBean(SweepHppSessionsUseCase.class)).isTrue();
    assertThat(context.containsBean(SweepScheduler.class)).isFalse();
    assertThat(context.containsBean(ReconcileScheduler.class)).isFalse();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
