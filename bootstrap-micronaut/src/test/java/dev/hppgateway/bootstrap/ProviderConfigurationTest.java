package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.ProviderId;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without the sandbox, every provider needs real credentials, and a disabled provider is absent.
 */
class ProviderConfigurationTest {
  private static final String H2 =
      "jdbc:h2:mem:provider-config;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  private static Map<String, Object> realProviders() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("hpp.sandbox.enabled", "false");
    properties.put("datasources.default.url", H2);
    properties.put("hpp.public-base-url", "https://gateway.example.com");
    properties.put("hpp.providers.klarna-kp.base-url", "https://api.klarna.example");
    properties.put("hpp.providers.kustom-kco.base-url", "https://api.kustom.example");
    properties.put("hpp.providers.optty-direct.auth-url", "https://auth.optty.example");
    properties.put("hpp.providers.optty-direct.base-url", "https://api.optty.example");
    properties.put("hpp.providers.klarna-kp.username", "K123");
    properties.put("hpp.providers.klarna-kp.password", "k-secret");
    properties.put("hpp.providers.kustom-kco.username", "C123");
    properties.put("hpp.providers.kustom-kco.password", "c-secret");
    properties.put("hpp.providers.optty-direct.client-id", "client");
    properties.put("hpp.providers.optty-direct.client-secret", "o-secret");
    properties.put("hpp.providers.optty-direct.callback-secret", "o-callback-secret");
    return properties;
  }

  @Test
  void missingCredentialStopsTheServiceAtStartupAndNamesTheSetting() {
    Map<String, Object> properties = realProviders();
    properties.remove("hpp.providers.kustom-kco.password");
    assertThatThrownBy(() -> ApplicationContext.run(properties, Application.ENVIRONMENT).close())
        .hasStackTraceContaining(
            "hpp.providers.kustom-kco.password is required when hpp.sandbox.enabled is false")
        .satisfies(
            e -> assertThat(stackTrace(e)).doesNotContain("k-secret").doesNotContain("o-secret"));
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @Test
  void disabledProviderIsNotWired() {
    Map<String, Object> properties = realProviders();
    properties.put("hpp.providers.optty-direct.enabled", "false");
    try (ApplicationContext context = ApplicationContext.run(properties, Application.ENVIRONMENT)) {
      assertThat(context.getBeansOfType(PaymentProvider.class))
          .extracting(PaymentProvider::id)
          .containsExactlyInAnyOrder(ProviderId.of("klarna-kp"), ProviderId.of("kustom-kco"));
    }
  }
}
