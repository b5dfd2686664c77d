package dev.hppgateway.adapter.opttydirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.port.out.provider.CancelsPayments;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.DistributesLinks;
import dev.hppgateway.application.port.out.provider.RefundsPayments;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderCapabilities;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpttyDirectConfigTest {

  @Test
  void sandboxAndLiveHostsWithDefaults() {
    OpttyDirectConfig sandbox = OpttyDirectConfig.sandbox("id", "secret");
    OpttyDirectConfig live = OpttyDirectConfig.live("id", "secret");

    assertThat(sandbox.authBaseUrl()).isEqualTo(URI.create("https://auth.qa.optty.com"));
    assertThat(sandbox.apiBaseUrl()).isEqualTo(URI.create("https://api.qa.optty.com"));
    assertThat(live.authBaseUrl()).isEqualTo(URI.create("https://auth.optty.com"));
    assertThat(live.apiBaseUrl()).isEqualTo(URI.create("https://api.optty.com"));
    assertThat(sandbox.itemEncoding()).isEqualTo(OpttyDirectConfig.ItemEncoding.OBJECTS);
    assertThat(sandbox.refundOrCancelRoute())
        .isEqualTo(
            new OpttyDirectConfig.RefundOrCancelRoute(
                "POST", "/custom/hpp/{invoiceNumber}/cancel-or-refund", "merchant"));
    assertThat(sandbox.paymentSessionLifetime()).isEqualTo(Duration.ofHours(48));
    assertThat(sandbox.accountCode()).isNull();
    assertThat(sandbox.paymentSecret()).isNull();
  }

  @Test
  void credentialsAreRequiredAndErrorsDoNotEchoThem() {
    assertThatThrownBy(() -> OpttyDirectConfig.sandbox("id", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientSecret must not be blank");
    assertThatThrownBy(() -> OpttyDirectConfig.sandbox(null, "top-secret"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageNotContaining("top-secret");
  }

  @Test
  void invalidSettingsAreRefused() {
    OpttyDirectConfig config = OpttyDirectConfig.sandbox("id", "secret");

    assertThatThrownBy(() -> config.withBaseUrls(URI.create("ftp://x"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> config.withTimeouts(Duration.ZERO, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new OpttyDirectConfig.RefundOrCancelRoute("GET", "/x/{invoiceNumber}", "merchant"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new OpttyDirectConfig.RefundOrCancelRoute("POST", "/x/refund", "merchant"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void capabilitiesStateWhatOpttyDirectCanDo() {
    try (OpttyDirectPaymentProvider provider =
        new OpttyDirectPaymentProvider(
            OpttyDirectConfig.sandbox("id", "secret")
                .withPaymentSessionLifetime(Duration.ofHours(24)))) {
      ProviderCapabilities capabilities = provider.capabilities();

      assertThat(provider.id().value()).isEqualTo("optty-direct");
      assertThat(capabilities.urlKinds()).isEmpty();
      assertThat(capabilities.placeholders()).isEmpty();
      // The link's own fields (OpttyPageOptionsWireTest); place_order_mode and the rest are
      // refused.
      capabilities.checkOptions(
          PageOptions.of(java.util.Map.of("page_title", "Winter sale")), provider.id());
      assertThatThrownBy(
              () ->
                  capabilities.checkOptions(
                      PageOptions.of(java.util.Map.of("place_order_mode", "NONE")), provider.id()))
          .isInstanceOfSatisfying(
              DomainValidationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("options.place_order_mode");
                assertThat(e.reason()).isEqualTo("is not supported by provider optty-direct");
              });
      assertThat(provider)
          .isNotInstanceOf(DisablesPages.class)
          .isNotInstanceOf(DistributesLinks.class)
          .isInstanceOf(CancelsPayments.class)
          .isInstanceOf(RefundsPayments.class);
      assertThat(capabilities.multiplePagesPerPayment()).isFalse();
      // A link lives its configured lifetime: the page is the link.
      assertThat(capabilities.pageLifetime()).isEqualTo(Duration.ofHours(24));
    }
  }
}
