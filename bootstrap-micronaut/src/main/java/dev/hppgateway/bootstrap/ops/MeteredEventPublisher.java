package dev.hppgateway.bootstrap.ops;

import dev.hppgateway.application.port.out.events.EventPublisher;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionCompleted;
import dev.hppgateway.domain.HppSessionCreated;
import dev.hppgateway.domain.HppSessionEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;

/**
 * Counts pages created and completed per provider ({@value #CREATED}, {@value #COMPLETED}; scraped
 * as {@code hpp_page_creations_total{provider}} and {@code hpp_pages_completed_total{provider}})
 * where the core publishes their events, then hands the events to the publisher it wraps (the
 * outbox). Counted once the wrapped publisher accepted them. Not {@code hpp_pages_created_total}:
 * the Prometheus client drops a {@code _created} suffix (OpenMetrics reserves it for a counter's
 * creation time), which would scrape as {@code hpp_pages_total}.
 */
public final class MeteredEventPublisher implements EventPublisher {
  public static final String CREATED = "hpp.page.creations";
  public static final String COMPLETED = "hpp.pages.completed";

  private final EventPublisher delegate;
  private final MeterRegistry registry;

  public MeteredEventPublisher(EventPublisher delegate, MeterRegistry registry) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void publish(HppSession session, List<HppSessionEvent> events) {
    delegate.publish(session, events);
    String provider = session.providerId().value();
    for (HppSessionEvent event : events) {
      if (event instanceof HppSessionCreated) {
        counter(CREATED, "Payment pages created", provider).increment();
      } else if (event instanceof HppSessionCompleted) {
        counter(COMPLETED, "Payment pages completed (paid)", provider).increment();
      }
    }
  }

  private Counter counter(String name, String description, String provider) {
    return Counter.builder(name)
        .description(description)
        .tag("provider", provider)
        .register(registry);
  }
}
