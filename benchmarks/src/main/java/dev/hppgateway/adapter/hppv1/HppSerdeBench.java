package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.bench.jmh.Orders;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The adapters' wire records through Micronaut serde, with the mapper they use ({@code
 * ObjectMapper.getDefault()}, built once as in ProviderHttpClient): the HPP create request and its
 * answer, and a 20-line KP payment-session body (PurchaseBody) both ways. In this package because
 * the HPP records are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HppSerdeBench {
  private final ObjectMapper json = ObjectMapper.getDefault();

  private final CreateHppSessionBody createBody =
      new CreateHppSessionBody(
          "http://127.0.0.1:8085/sandbox/klarna/payments/v1/sessions/kp-0b7c3b1e",
          new CreateHppSessionBody.MerchantUrlsBody(
              "https://shop.example.com/ok?sid={{session_id}}&token={{authorization_token}}",
              "https://shop.example.com/cancel?sid={{session_id}}",
              null,
              null,
              null,
              "http://127.0.0.1:8080/callbacks/klarna-kp/hpp_abc/secret0123456789"),
          new CreateHppSessionBody.OptionsBody(null, null, null, null, null, "NONE", null, null),
          null);

  private final byte[] createdAnswer =
      ("{\"session_id\":\"8c5c1d3e-2f49-4a3b-9d1e-7b9b2a6c4d11\","
              + "\"session_url\":\"http://127.0.0.1:8085/sandbox/klarna/hpp/v1/sessions/8c5c1d3e\","
              + "\"redirect_url\":\"http://127.0.0.1:8085/sandbox/klarna/pay/8c5c1d3e\","
              + "\"qr_code_url\":\"http://127.0.0.1:8085/sandbox/klarna/pay/8c5c1d3e/qr\","
              + "\"distribution_url\":\"http://127.0.0.1:8085/sandbox/klarna/hpp/v1/sessions/8c5c1d3e/distribution\","
              + "\"expires_at\":\"2026-12-03T11:00:00Z\","
              + "\"distribution_module\":{\"token\":\"t0k3n\",\"standalone_url\":\"http://x/s\","
              + "\"generation_url\":\"http://x/g\"}}")
          .getBytes(StandardCharsets.UTF_8);

  private final PurchaseBody kpBody =
      PurchaseBody.of(Orders.order(Orders.lines(20)), "order-4711", "hpp_abc");
  private final byte[] kpBytes;

  public HppSerdeBench() {
    try {
      kpBytes = json.writeValueAsBytes(kpBody);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Benchmark
  public byte[] encodeHppCreateRequest() throws IOException {
    return json.writeValueAsBytes(createBody);
  }

  @Benchmark
  public CreatedHppSessionAnswer decodeHppCreateAnswer() throws IOException {
    return json.readValue(createdAnswer, Argument.of(CreatedHppSessionAnswer.class));
  }

  @Benchmark
  public byte[] encodeKpSession20Lines() throws IOException {
    return json.writeValueAsBytes(kpBody);
  }

  @Benchmark
  public PurchaseBody decodeKpSession20Lines() throws IOException {
    return json.readValue(kpBytes, Argument.of(PurchaseBody.class));
  }
}
