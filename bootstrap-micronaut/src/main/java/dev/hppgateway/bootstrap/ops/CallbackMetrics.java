package dev.hppgateway.bootstrap.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts provider callbacks by provider and outcome ({@value #NAME}; scraped as {@code
 * hpp_callbacks_total{provider,outcome}}). The provider tag is the callback path's first segment
 * when it names a configured provider, else {@code unknown}, so a caller cannot grow the series by
 * inventing paths.
 */
public final class CallbackMetrics {
  public static final String NAME = "hpp.callbacks";
  public static final String UNKNOWN = "unknown";

  private final MeterRegistry registry;

  /** Each (provider, outcome) counter, registered once. */
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  private final Set<String> providers;

  public CallbackMetrics(MeterRegistry registry, Set<String> providers) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.providers = Set.copyOf(providers);
  }

  /**
   * Counts one callback.
   *
   * @param path the path after {@code /callbacks/}, starting with the provider id
   * @param outcome what became of it (a {@code CallbackOutcome}, or {@code malformed}, {@code
   *     provider_error})
   */
  public void record(String path, String outcome) {
    String provider = provider(path);
    counters
        .computeIfAbsent(
            provider + '\n' + outcome,
            key ->
                Counter.builder(NAME)
                    .description("Provider callbacks received, by outcome")
                    .tag("provider", provider)
                    .tag("outcome", outcome.toLowerCase(Locale.ROOT))
                    .register(registry))
        .increment();
  }

  private String provider(String path) {
    if (path == null) {
      return UNKNOWN;
    }
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    int slash = trimmed.indexOf('/');
    String first = slash < 0 ? trimmed : trimmed.substring(0, slash);
    return providers.contains(first) ? first : UNKNOWN;
  }
}
