package dev.hppgateway.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's run command stays true: the demo's three journeys settle as a shopper left them. */
class EmbeddedDemoTest {

  @Test
  void threeProvidersThreeJourneys() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<HppSession> pages =
        new EmbeddedDemo(new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

    assertThat(pages)
        .extracting(page -> page.providerId().value())
        .containsExactly("klarna-kp", "kustom-kco", "optty-direct");
    assertThat(pages.get(0).status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(pages.get(0).orderId())
        .as("KP order placed with the authorization token")
        .isNotBlank();
    assertThat(pages.get(1).status()).isEqualTo(HppStatus.CANCELLED);
    assertThat(pages.get(2).status()).isEqualTo(HppStatus.COMPLETED);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("hpp_session.completed")
        .contains("hpp_session.cancelled")
        .doesNotContain("demo-password")
        .doesNotContain("demo-secret");
  }
}
