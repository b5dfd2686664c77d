package dev.hppgateway.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The load driver's closed loop, with an in-process operation instead of HTTP: it sends exactly the
 * bounded number of requests, counts a failed one as an error and not as a latency, and keeps the
 * first error's text, quotes and line breaks blanked in the JSON.
 */
class ClosedLoopTest {

  @Test
  void stopsAtTheRequestBoundAndCountsFailuresApart() throws Exception {
    AtomicLong calls = new AtomicLong();
    ClosedLoop.Result result =
        ClosedLoop.run(
            "probe",
            "local",
            4,
            100,
            60,
            n -> {
              calls.incrementAndGet();
              if (n % 10 == 0) {
                throw new IllegalStateException("refused \"" + n + "\"\n");
              }
            });

    assertThat(calls.get()).isEqualTo(100);
    assertThat(result.ok()).isEqualTo(90);
    assertThat(result.errors()).isEqualTo(10);
    assertThat(result.firstError()).startsWith("java.lang.IllegalStateException: refused ");
    assertThat(result.perSecond()).isPositive();
    assertThat(result.p99()).isGreaterThanOrEqualTo(result.p50());
    assertThat(result.json())
        .contains("\"ok\":90,\"errors\":10")
        .matches(".*\"first_error\":\"java.lang.IllegalStateException: refused  \\d+  \"}");
  }
}
