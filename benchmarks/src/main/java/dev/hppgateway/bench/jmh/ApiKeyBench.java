package dev.hppgateway.bench.jmh;

import dev.hppgateway.bootstrap.api.ApiKeys;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU part of MerchantAuthFilter on every {@code /v1} request: the key's shape, its SHA-256,
 * and the constant-time comparison with the stored hash (the repository lookup is not included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ApiKeyBench {
  private final String key = "hppk_benchmarkKeyNotForRealPayments0123";
  private final String stored = ApiKeys.hash(key);

  @Benchmark
  public boolean check() {
    if (!ApiKeys.wellFormed(key)) {
      return false;
    }
    return ApiKeys.sameHash(stored, ApiKeys.hash(key));
  }
}
