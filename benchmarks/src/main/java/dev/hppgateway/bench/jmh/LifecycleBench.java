package dev.hppgateway.bench.jmh;

import dev.hppgateway.domain.HppLifecycle;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionSnapshot;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderObservation;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.ShopperLinks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The lifecycle: the transition table's decision alone, and what a callback's read does to a page
 * (rehydrate the stored snapshot, apply IN_PROGRESS then COMPLETED with their events).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LifecycleBench {
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final ProviderObservation IN_PROGRESS =
      ProviderObservation.of(HppStatus.IN_PROGRESS, "IN_PROGRESS");
  private static final ProviderObservation COMPLETED =
      new ProviderObservation(HppStatus.COMPLETED, "COMPLETED", "auth-token", "order-1");

  private final HppSessionSnapshot waiting =
      HppSession.open(
              new HppSessionDraft(
                  HppSessionId.of("hpp_bench_1"),
                  MerchantId.of("shop-bench"),
                  ProviderId.of("klarna-kp"),
                  "order-4711",
                  Orders.order(Orders.lines(20)),
                  null,
                  null,
                  null,
                  NOW.plus(Duration.ofHours(1)),
                  "0".repeat(64)),
              new ProviderRefs("kp-hpp-1", "kp-session-1", "http://127.0.0.1/hpp/v1/sessions/1"),
              new ShopperLinks("http://127.0.0.1/pay/1", null, null),
              "WAITING",
              null,
              NOW)
          .session()
          .snapshot();

  @Benchmark
  public HppLifecycle.Decision decide() {
    return HppLifecycle.decideRead(HppStatus.WAITING, HppStatus.COMPLETED);
  }

  @Benchmark
  public List<HppSessionEvent> rehydrateAndApply() {
    HppSession session = HppSession.rehydrate(waiting);
    session.observeRead(IN_PROGRESS, NOW);
    return session.observeRead(COMPLETED, NOW.plusSeconds(1));
  }
}
