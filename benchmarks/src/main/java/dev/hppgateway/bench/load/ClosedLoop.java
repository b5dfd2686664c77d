package dev.hppgateway.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed loop: {@code concurrency} workers, each sending its next request as soon as the last one
 * answered, until {@code maxRequests} were sent in all or {@code maxSeconds} passed (whichever
 * first). Latencies go into one HdrHistogram per worker (microseconds, 3 digits), merged at the
 * end.
 */
final class ClosedLoop {

  /** One request; returns normally when the answer was the expected one, throws otherwise. */
  @FunctionalInterface
  interface Operation {
    void run(long n) throws Exception;
  }

  private ClosedLoop() {}

  static Result run(
      String scenario,
      String target,
      int concurrency,
      long maxRequests,
      double maxSeconds,
      Operation operation)
      throws InterruptedException {
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<String> firstError = new ArrayList<>();
    long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Future<Histogram>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < concurrency; w++) {
      workers.add(
          pool.submit(
              () -> {
                Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
                long n;
                while ((n = next.getAndIncrement()) < maxRequests && System.nanoTime() < deadline) {
                  long t0 = System.nanoTime();
                  try {
                    operation.run(n);
                    histogram.recordValue(
                        Math.min(
                            (System.nanoTime() - t0) / 1000, histogram.getHighestTrackableValue()));
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    synchronized (firstError) {
                      if (firstError.isEmpty()) {
                        firstError.add(e.toString());
                      }
                    }
                  }
                }
                return histogram;
              }));
    }
    Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
    try {
      for (Future<Histogram> worker : workers) {
        all.add(worker.get(Math.round(maxSeconds) + 120, TimeUnit.SECONDS));
      }
    } catch (Exception e) {
      throw new IllegalStateException(scenario + ": a worker failed or hung: " + e, e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(
        scenario,
        target,
        concurrency,
        all.getTotalCount(),
        errors.get(),
        seconds,
        all.getTotalCount() / seconds,
        all.getValueAtPercentile(50) / 1000.0,
        all.getValueAtPercentile(99) / 1000.0,
        all.getMaxValue() / 1000.0,
        firstError.isEmpty() ? null : firstError.get(0));
  }

  /** One measured run; latencies in milliseconds, errors not counted in them. */
  record Result(
      String scenario,
      String target,
      int concurrency,
      long ok,
      long errors,
      double seconds,
      double perSecond,
      double p50,
      double p99,
      double max,
      String firstError) {

    String row() {
      return String.format(
          "| %-16s | %-8s | %3d | %7d | %5d | %8.1f | %7.2f | %7.2f | %8.2f |",
          scenario, target, concurrency, ok, errors, perSecond, p50, p99, max);
    }

    static String header() {
      return "| scenario         | target   |  c  |      ok | errors |    req/s | p50 ms  | p99 ms  |   max ms |\n"
          + "|---|---|---|---|---|---|---|---|---|";
    }

    String json() {
      return String.format(
          java.util.Locale.ROOT,
          "{\"scenario\":\"%s\",\"target\":\"%s\",\"concurrency\":%d,\"ok\":%d,\"errors\":%d,"
              + "\"seconds\":%.3f,\"per_second\":%.1f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f%s}",
          scenario,
          target,
          concurrency,
          ok,
          errors,
          seconds,
          perSecond,
          p50,
          p99,
          max,
          firstError == null
              ? ""
              : ",\"first_error\":\"" + firstError.replaceAll("[\\\\\"\\p{Cntrl}]", " ") + "\"");
    }
  }
}
