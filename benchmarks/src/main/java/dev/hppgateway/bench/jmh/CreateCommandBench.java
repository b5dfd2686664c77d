package dev.hppgateway.bench.jmh;

import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.UrlKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the API does with a create request's values before any provider call: 20 order lines, the
 * order, the merchant URLs, the options and the shopper validated into a {@link
 * CreateHppSessionCommand} (the JSON decoding itself is not part of it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreateCommandBench {
  private final Map<UrlKind, String> urls = new EnumMap<>(UrlKind.class);
  private final Map<String, Object> options = Map.of("place_order_mode", "NONE");
  private final List<OrderLine> lines = Orders.lines(20);

  public CreateCommandBench() {
    urls.put(UrlKind.SUCCESS, "https://shop.example.com/ok?sid={{session_id}}");
    urls.put(UrlKind.CANCEL, "https://shop.example.com/cancel?sid={{session_id}}");
  }

  @Benchmark
  public CreateHppSessionCommand validate20Lines() {
    return new CreateHppSessionCommand(
        MerchantId.of("shop-bench"),
        ProviderId.of("klarna-kp"),
        "order-4711",
        Orders.order(Orders.lines(20)),
        MerchantUrls.parse(urls),
        PageOptions.of(options),
        new Shopper("ann@example.com", "+46701234567", "SE"),
        null,
        "idem-4711");
  }

  /** The order's own check alone, lines already built. */
  @Benchmark
  public Object paymentOrderOnly() {
    return Orders.order(lines);
  }
}
