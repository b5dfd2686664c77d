package dev.hppgateway.adapter.hppv1;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.application.fixtures.PaymentProviderContractTest;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppStatus;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SPI contract of a KP or KCO adapter against WireMock stubs of its payment API and the HPP v1
 * API: each test gets fresh ids, and a shopper "finishes" by moving the page's stub state.
 */
public abstract class HppV1StubbedContractTest<P extends PaymentProvider & AutoCloseable>
    extends PaymentProviderContractTest {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @RegisterExtension protected static WireMockExtension server = HppV1Stubs.loopbackServer();

  private P provider;

  /**
   * Stubs the payment object and the page for the {@code n}th test (page {@code hpp-n}) and builds
   * the provider against {@link #server}.
   */
  protected abstract P stubbedProvider(int n);

  @BeforeEach
  void stubProvider() {
    provider = stubbedProvider(SEQUENCE.incrementAndGet());
  }

  @AfterEach
  void closeProvider() throws Exception {
    provider.close();
  }

  @Override
  protected PaymentProvider provider() {
    return provider;
  }

  @Override
  protected Optional<ProviderCallback> callbackFor(
      CreatedProviderSession created, HppStatus status) {
    return Optional.of(HppV1Stubs.statusCallback(created.refs().hppSessionId(), status.name()));
  }

  @Override
  protected void shopperFinishes(CreatedProviderSession created, HppStatus outcome) {
    HppV1Stubs.moveTo(server, created.refs().hppSessionId(), outcome.name());
  }
}
