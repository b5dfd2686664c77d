package dev.hppgateway.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.adapter.klarnakp.KlarnaKpConfig;
import dev.hppgateway.adapter.klarnakp.KlarnaKpPaymentProvider;
import dev.hppgateway.adapter.kustomkco.KustomKcoPaymentProvider;
import dev.hppgateway.adapter.opttydirect.OpttyDirectConfig;
import dev.hppgateway.adapter.opttydirect.OpttyDirectPaymentProvider;
import dev.hppgateway.application.fixtures.CapableInMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.InMemoryPaymentProvider;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.CompletesOrders;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.ProviderId;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The metered decorator: the capabilities of the provider it wraps, no more and no fewer (the core
 * finds them by {@code instanceof}); one timer per call by provider, operation and outcome; the
 * provider's exceptions passed on unchanged.
 */
class MeteredPaymentProviderTest {
  private static final List<Class<?>> CAPABILITIES =
      List.of(
          DisablesPages.class,
          DistributesLinks.class,
          RefundsPayments.class,
          CancelsPayments.class,
          CompletesOrders.class);

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void everyMethodOfEveryProviderPortInterfaceIsForwardedWithoutAReflectiveCall() {
    Set<String> portMethods =
        java.util.stream.Stream.of(
                PaymentProvider.class,
                DisablesPages.class,
                DistributesLinks.class,
                RefundsPayments.class,
                CancelsPayments.class,
                CompletesOrders.class)
            .flatMap(port -> java.util.Arrays.stream(port.getDeclaredMethods()))
            .filter(method -> !java.lang.reflect.Modifier.isStatic(method.getModifiers()))
            .map(java.lang.reflect.Method::getName)
            .collect(Collectors.toSet());

    assertThat(MeteredPaymentProvider.DIRECT).containsExactlyInAnyOrderElementsOf(portMethods);
  }

  @Test
  void exposesExactlyTheCapabilitiesOfTheProviderItWraps() {
    try (KlarnaKpPaymentProvider kp =
            new KlarnaKpPaymentProvider(
                new KlarnaKpConfig("https://kp.example", "u", "p", null, null, true));
        OpttyDirectPaymentProvider optty =
            new OpttyDirectPaymentProvider(OpttyDirectConfig.sandbox("id", "secret"))) {
      List<PaymentProvider> providers =
          List.of(
              kp,
              optty,
              new InMemoryPaymentProvider(
                  ProviderId.of("plain-pay"),
                  ProviderCapabilities.builder()
                      .pageLifetime(InMemoryPaymentProvider.PAGE_LIFETIME)
                      .build()),
              InMemoryPaymentProvider.fullyCapable("all-pay"));
      for (PaymentProvider provider : providers) {
        PaymentProvider metered = MeteredPaymentProvider.wrap(provider, registry);

        assertThat(capabilities(metered))
            .as(provider.id().value())
            .isEqualTo(capabilities(provider));
        assertThat(metered.id()).isEqualTo(provider.id());
        assertThat(metered.capabilities()).isSameAs(provider.capabilities());
      }
      assertThat(capabilities(MeteredPaymentProvider.wrap(kp, registry)))
          .containsExactlyInAnyOrder(
              DisablesPages.class, DistributesLinks.class, CompletesOrders.class);
      assertThat(capabilities(MeteredPaymentProvider.wrap(optty, registry)))
          .containsExactlyInAnyOrder(RefundsPayments.class, CancelsPayments.class);
      assertThat(KustomKcoPaymentProvider.class.getInterfaces())
          .as("Kustom is built like Klarna; the factory wraps it the same way")
          .contains(DisablesPages.class);
    }
  }

  @Test
  void timesEachCallByProviderOperationAndOutcome() {
    CapableInMemoryPaymentProvider fake = InMemoryPaymentProvider.fullyCapable("fake-pay");
    PaymentProvider metered = MeteredPaymentProvider.wrap(fake, registry);

    CreatedProviderSession created =
        metered.createPage(PageRequest.of(TestHppSessions.draft(fake.id())));
    fake.failNext(() -> new ProviderRejectedException(fake.id(), 400, "BAD", List.of("no"), "c-1"));
    ProviderRejectedException rejected =
        new ProviderRejectedException(fake.id(), 400, "BAD", List.of("no"), "c-2");
    fake.failNext(() -> rejected);
    assertThatThrownBy(() -> metered.createPage(PageRequest.of(TestHppSessions.draft(fake.id()))))
        .isInstanceOf(ProviderRejectedException.class);
    assertThatThrownBy(() -> metered.createPage(PageRequest.of(TestHppSessions.draft(fake.id()))))
        .as("the provider's own exception, not a reflection wrapper")
        .isSameAs(rejected);
    fake.failNext(() -> new ProviderUnavailableException(fake.id(), "down", null, null, null));
    assertThatThrownBy(() -> metered.createPage(PageRequest.of(TestHppSessions.draft(fake.id()))))
        .isInstanceOf(ProviderUnavailableException.class);
    fake.failNext(() -> new ProviderMalformedAnswerException(fake.id(), "cut", null, null));
    assertThatThrownBy(() -> metered.createPage(PageRequest.of(TestHppSessions.draft(fake.id()))))
        .isInstanceOf(ProviderMalformedAnswerException.class);
    fake.failNext(() -> new DomainValidationException("shopper.email", "is required"));
    assertThatThrownBy(() -> metered.createPage(PageRequest.of(TestHppSessions.draft(fake.id()))))
        .isInstanceOf(DomainValidationException.class);
    fake.failNext(() -> new IllegalStateException("bug"));
    assertThatThrownBy(() -> metered.createPage(PageRequest.of(TestHppSessions.draft(fake.id()))))
        .isInstanceOf(IllegalStateException.class);

    assertThat(created).isNotNull();
    assertThat(count("fake-pay", "create_page", "ok", "none")).isEqualTo(1);
    assertThat(count("fake-pay", "create_page", "error", "rejected")).isEqualTo(2);
    assertThat(count("fake-pay", "create_page", "error", "unavailable")).isEqualTo(1);
    assertThat(count("fake-pay", "create_page", "error", "malformed")).isEqualTo(1);
    assertThat(count("fake-pay", "create_page", "error", "invalid_request")).isEqualTo(1);
    assertThat(count("fake-pay", "create_page", "error", "failure")).isEqualTo(1);
  }

  @Test
  void capabilityCallsAreTimedAndLocalLookupsAreNot() {
    CapableInMemoryPaymentProvider fake = InMemoryPaymentProvider.fullyCapable("fake-pay");
    PaymentProvider metered = MeteredPaymentProvider.wrap(fake, registry);
    CreatedProviderSession created =
        metered.createPage(PageRequest.of(TestHppSessions.draft(fake.id())));
    PageView view = PageView.of(TestHppSessions.session(fake.id()));
    fake.failNext(
        "disable", () -> new ProviderUnavailableException(fake.id(), "down", null, null, null));

    metered.id();
    metered.capabilities();
    ((DistributesLinks) metered).distributionMethods();
    ((CompletesOrders) metered).completionWindow();
    assertThatThrownBy(() -> ((DisablesPages) metered).disablePage(view))
        .isInstanceOf(ProviderUnavailableException.class);

    assertThat(created).isNotNull();
    assertThat(count("fake-pay", "disable_page", "error", "unavailable")).isEqualTo(1);
    Set<String> operations =
        registry.find(MeteredPaymentProvider.NAME).timers().stream()
            .map(timer -> timer.getId().getTag("operation"))
            .collect(Collectors.toSet());
    assertThat(operations).containsExactlyInAnyOrder("create_page", "disable_page");
    assertThat(metered).isEqualTo(metered).hasSameHashCodeAs(metered);
    assertThat(metered.toString()).contains("fake-pay");
  }

  private long count(String provider, String operation, String outcome, String error) {
    Timer timer =
        registry
            .find(MeteredPaymentProvider.NAME)
            .tags("provider", provider, "operation", operation, "outcome", outcome, "error", error)
            .timer();
    return timer == null ? 0 : timer.count();
  }

  private static Set<Class<?>> capabilities(PaymentProvider provider) {
    return CAPABILITIES.stream()
        .filter(capability -> capability.isInstance(provider))
        .collect(Collectors.toSet());
  }
}
