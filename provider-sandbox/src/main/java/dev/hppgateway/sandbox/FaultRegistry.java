package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * The live fault profile of each simulated provider: starts from configuration, changed by the
 * admin API.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
public class FaultRegistry {

  private final SandboxSettings settings;
  private final Map<SimulatedProvider, FaultSettings> profiles =
      new EnumMap<>(SimulatedProvider.class);
  private final Random random;

  public FaultRegistry(SandboxSettings settings) {
    this.settings = settings;
    this.random = new Random(settings.faultSeed());
    resetToConfiguration();
  }

  public synchronized FaultSettings get(SimulatedProvider provider) {
    return profiles.get(provider);
  }

  public synchronized void set(SimulatedProvider provider, FaultSettings faults) {
    profiles.put(provider, faults.normalized());
  }

  public synchronized void resetToConfiguration() {
    for (SimulatedProvider provider : SimulatedProvider.values()) {
      profiles.put(provider, fromConfiguration(provider));
    }
  }

  /** True with the given probability; 0 and 1 are exact, so a test can force a fault on or off. */
  public synchronized boolean roll(double rate) {
    if (rate >= 1.0) {
      return true;
    }
    if (rate <= 0.0) {
      return false;
    }
    return random.nextDouble() < rate;
  }

  private FaultSettings fromConfiguration(SimulatedProvider provider) {
    return new FaultSettings(
            number(provider, "latency-ms") == null
                ? null
                : number(provider, "latency-ms").longValue(),
            number(provider, "error-rate"),
            number(provider, "error-status") == null
                ? null
                : number(provider, "error-status").intValue(),
            number(provider, "throttle-rate"),
            number(provider, "retry-after-seconds") == null
                ? null
                : number(provider, "retry-after-seconds").intValue(),
            number(provider, "malformed-rate"),
            number(provider, "duplicate-callback-rate"),
            number(provider, "delay-callback-rate"),
            number(provider, "callback-delay-ms") == null
                ? null
                : number(provider, "callback-delay-ms").longValue(),
            number(provider, "drop-callback-rate"))
        .normalized();
  }

  private Double number(SimulatedProvider provider, String name) {
    return settings.faultNumber(provider, name).orElse(null);
  }
}
