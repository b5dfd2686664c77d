package dev.hppgateway.bench.jmh;

import dev.hppgateway.application.webhook.WebhookSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Signing a 1 KB webhook body (every delivery) and verifying it (a merchant's receiver). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WebhookSignatureBench {
  private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
  private final String body =
      "{\"type\":\"hpp_session.completed\",\"data\":\"" + "x".repeat(980) + "\"}";
  private final String secret = "whsec_benchmarkSecretNotARealOne0123456789";
  private final String header = WebhookSignature.sign(body, secret, AT);
  private final Clock clock = Clock.fixed(AT, ZoneOffset.UTC);

  @Benchmark
  public String sign() {
    return WebhookSignature.sign(body, secret, AT);
  }

  @Benchmark
  public boolean verify() {
    return WebhookSignature.verify(body, header, secret, Duration.ofMinutes(5), clock);
  }
}
