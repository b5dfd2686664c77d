package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's notion of "now". Tests move it forward through the admin endpoint so that session
 * expiry and token expiry can be shown without waiting hours.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
public class SandboxClock {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public Instant now() {
    return Instant.now().plus(offset.get());
  }

  public void advance(Duration by) {
    offset.updateAndGet(current -> current.plus(by));
  }

  public void reset() {
    offset.set(Duration.ZERO);
  }

  public Duration offset() {
    return offset.get();
  }
}
