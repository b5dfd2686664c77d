package dev.hppgateway.adapter.opttydirect;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.application.fixtures.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where every Optty wire test starts: a WireMock Optty (auth and API on one host), a clock at
 * {@link OpttyDrafts#NOW} that tests move by hand, and a provider pointed at both. A subclass's own
 * {@code @BeforeEach} runs after the provider is built and stubs what its tests need.
 */
abstract class OpttyWireTest {
  @RegisterExtension static WireMockExtension wm = OpttyStubs.server();

  final MutableClock clock = new MutableClock(OpttyDrafts.NOW);
  OpttyDirectPaymentProvider provider;

  @BeforeEach
  void startProvider() {
    provider = new OpttyDirectPaymentProvider(OpttyStubs.config(wm.baseUrl()), clock);
  }

  @AfterEach
  void closeProvider() {
    provider.close();
  }

  /** Replaces the provider with one built from {@code config}, on the same clock. */
  void reconfigure(OpttyDirectConfig config) {
    provider.close();
    provider = new OpttyDirectPaymentProvider(config, clock);
  }
}
