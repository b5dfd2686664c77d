package dev.hppgateway.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.klarnakp.KlarnaKpConfig;
import dev.hppgateway.adapter.klarnakp.KlarnaKpPaymentProvider;
import dev.hppgateway.application.HppGateway;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's embedded example compiles and runs (here against the provider sandbox), and the
 * README shows exactly the lines between the markers below.
 */
class ReadmeEmbeddedExampleTest {
  private static final Path SOURCE =
      Path.of("src/test/java/dev/hppgateway/bootstrap/demo/ReadmeEmbeddedExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void theExampleCreatesAKlarnaPageThroughTheCore() {
    try (SandboxServer sandbox = SandboxServer.start(0, Map.of())) {
      String klarnaBaseUrl = sandbox.klarnaBaseUrl();
      // README:start
      // The gateway closes its providers' HTTP clients when it is closed.
      try (HppGateway gateway =
          HppGateway.builder()
              .publicBaseUrl("https://pay.example.com")
              .provider(
                  new KlarnaKpPaymentProvider(
                      new KlarnaKpConfig(klarnaBaseUrl, "username", "password", null, null, true)))
              .build()) {

        OrderLine ticket = OrderLine.of(OrderLineType.DIGITAL, "Concert ticket", 1, 590_00, 2500);
        PaymentOrder order =
            new PaymentOrder(
                Money.of(590_00, "SEK"),
                Money.of(ticket.totalTaxAmount(), "SEK"),
                List.of(ticket),
                "SE",
                "sv-SE");
        HppSession page =
            gateway
                .createHppSession()
                .create(
                    new CreateHppSessionCommand(
                        MerchantId.of("shop-1"),
                        KlarnaKpPaymentProvider.ID,
                        "cart-77",
                        order,
                        null,
                        null,
                        null,
                        null,
                        null))
                .session();
        String shopperGoesTo = page.links().redirectUrl();
        // README:end
        assertThat(shopperGoesTo).startsWith(klarnaBaseUrl);
        assertThat(gateway.getHppSession().get(MerchantId.of("shop-1"), page.id()).status())
            .isEqualTo(HppStatus.WAITING);
      }
    }
  }

  @Test
  void theReadmeShowsTheseVeryLines() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    int start = indexOf(lines, "// README:start") + 1;
    int end = indexOf(lines, "// README:end");
    int indent = lines.get(start).indexOf(lines.get(start).strip());
    String snippet =
        lines.subList(start, end).stream()
            .map(line -> line.length() >= indent ? line.substring(indent) : line.strip())
            .collect(Collectors.joining("\n"));
    List<String> readme = Files.readAllLines(README);
    String fence = readme.get(indexOf(readme, "```java"));
    String pad = fence.substring(0, fence.indexOf('`'));
    String expected =
        fence
            + "\n"
            + snippet
                .lines()
                .map(line -> line.isEmpty() ? line : pad + line)
                .collect(Collectors.joining("\n"))
            + "\n";
    assertThat(String.join("\n", readme)).contains(expected);
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("no marker " + marker);
  }
}
