package dev.hppgateway.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

class ProviderDefaultsTest {

  @Test
  void loopbackHostsAreLocalhostAndLoopbackLiteralsNeverALookedUpName() {
    assertThat(ProviderDefaults.isLoopback("localhost")).isTrue();
    assertThat(ProviderDefaults.isLoopback("LOCALHOST")).isTrue();
    assertThat(ProviderDefaults.isLoopback("127.0.0.1")).isTrue();
    assertThat(ProviderDefaults.isLoopback("127.8.9.10")).isTrue();
    assertThat(ProviderDefaults.isLoopback("[::1]")).isTrue();
    assertThat(ProviderDefaults.isLoopback("192.0.2.2")).isFalse();
    assertThat(ProviderDefaults.isLoopback("[fd00::2]")).isFalse();
    assertThat(ProviderDefaults.isLoopback("127.0.0.1.example.com")).isFalse();
    assertThat(ProviderDefaults.isLoopback("gateway.example.com")).isFalse();
  }

  @Test
  void anExplicitBaseUrlWinsInBothModesAndTheSandboxFillsInOnlyInSandboxMode() {
    ProviderDefaults sandbox = new ProviderDefaults(true, null, 8080);
    ProviderDefaults live = new ProviderDefaults(false, "https://gw.example/", 8080);
    String klarna = "hpp.providers.klarna-kp.base-url";

    assertThat(sandbox.publicBaseUrl()).isEqualTo("http://localhost:8080");
    assertThat(live.publicBaseUrl()).isEqualTo("https://gw.example");
    assertThat(sandbox.baseUrl("https://api.klarna.example", klarna, "/sandbox/klarna"))
        .isEqualTo("https://api.klarna.example");
    assertThat(live.baseUrl("https://api.klarna.example", klarna, "/sandbox/klarna"))
        .isEqualTo("https://api.klarna.example");
    assertThat(sandbox.baseUrl(null, klarna, "/sandbox/klarna"))
        .isEqualTo("http://localhost:8080/sandbox/klarna");
    assertThatThrownBy(() -> live.baseUrl(" ", klarna, "/sandbox/klarna"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(klarna + " is required when hpp.sandbox.enabled is false");
    // http is fine against a provider on this machine, in either mode
    assertThat(live.baseUrl("http://[::1]:9000/k", klarna, "/sandbox/klarna"))
        .isEqualTo("http://[::1]:9000/k");
  }

  @Test
  void liveModeNeedsAPublicBaseUrl() {
    assertThatThrownBy(() -> new ProviderDefaults(false, null, 8080))
        .hasMessage("hpp.public-base-url is required when hpp.sandbox.enabled is false");
    assertThat(new ProviderDefaults(false, "http://localhost:8080", 8080).publicBaseUrl())
        .isEqualTo("http://localhost:8080");
  }
}
