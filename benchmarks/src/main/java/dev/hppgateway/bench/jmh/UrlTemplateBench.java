package dev.hppgateway.bench.jmh;

import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.UrlTemplate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A merchant success URL with two placeholders: parsed (every create) and resolved. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UrlTemplateBench {
  static final String RAW =
      "https://shop.example.com/checkout/ok?sid={{session_id}}&token={{authorization_token}}";

  private final UrlTemplate template = UrlTemplate.parse(RAW, "merchant_urls.success");
  private final Map<Placeholder, String> values =
      Map.of(
          Placeholder.SESSION_ID, "hpp_2f1c0c9e-7b1d-4b7e-9d7a-1f0a3c5e9b21",
          Placeholder.AUTHORIZATION_TOKEN, "a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6");

  @Benchmark
  public UrlTemplate parse() {
    return UrlTemplate.parse(RAW, "merchant_urls.success");
  }

  @Benchmark
  public String resolve() {
    return template.resolve(values);
  }
}
