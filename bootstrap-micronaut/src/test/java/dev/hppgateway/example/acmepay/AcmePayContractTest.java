package dev.hppgateway.example.acmepay;

import dev.hppgateway.application.fixtures.PaymentProviderContractTest;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppStatus;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Step 7: the new adapter passes the SPI contract every adapter passes, here against its simulator.
 */
class AcmePayContractTest extends PaymentProviderContractTest {
  private static AcmePayServer acme;
  private static AcmePayPaymentProvider provider;

  @BeforeAll
  static void start() throws IOException {
    acme = new AcmePayServer();
    provider = new AcmePayPaymentProvider(new AcmePayConfig(acme.baseUrl(), AcmePayServer.API_KEY));
  }

  @AfterAll
  static void stop() {
    provider.close();
    acme.close();
  }

  @Override
  protected PaymentProvider provider() {
    return provider;
  }

  @Override
  protected Optional<ProviderCallback> callbackFor(
      CreatedProviderSession created, HppStatus status) {
    return Optional.of(AcmeStatuses.callback(created.refs().hppSessionId(), status));
  }

  @Override
  protected void shopperFinishes(CreatedProviderSession created, HppStatus outcome) {
    acme.shopper(created.refs().hppSessionId(), AcmeStatuses.of(outcome));
  }
}
