package dev.hppgateway.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway closes what it owns, once, and every part of it even when one part fails. */
class GatewayCloseTest {
  private final List<String> closed = new ArrayList<>();

  private PaymentProvider provider(String id, RuntimeException failure) {
    return new InMemoryPaymentProvider(
        ProviderId.of(id),
        ProviderCapabilities.builder().pageLifetime(Duration.ofHours(1)).build()) {
      @Override
      public void close() {
        closed.add(id);
        if (failure != null) {
          throw failure;
        }
      }
    };
  }

  @Test
  void closingTheGatewayClosesItsProvidersThenWhatItWasToldToCloseAndOnlyOnce() {
    HppGateway gateway =
        HppGateway.builder()
            .provider(provider("pay-a", null))
            .provider(provider("pay-b", null))
            .closeWith(() -> closed.add("stores"))
            .closeWith(() -> closed.add("pool"))
            .build();
    try (gateway) {
      assertThat(closed).isEmpty();
    }
    gateway.close();
    assertThat(closed).containsExactly("pay-a", "pay-b", "pool", "stores");
  }

  @Test
  void oneFailingPartDoesNotKeepTheOthersOpen() {
    IllegalStateException first = new IllegalStateException("a failed");
    HppGateway gateway =
        HppGateway.builder()
            .provider(provider("pay-a", first))
            .provider(provider("pay-b", new IllegalStateException("b failed")))
            .closeWith(() -> closed.add("stores"))
            .build();
    assertThatThrownBy(gateway::close)
        .isSameAs(first)
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    assertThat(closed).containsExactly("pay-a", "pay-b", "stores");
  }
}
