package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderCapabilitiesTest {
  private static final ProviderId PROVIDER = ProviderId.of("acme");

  @Test
  void byDefaultAProviderTakesNoOptionAndSaysWhichOneItRefused() {
    ProviderCapabilities capabilities =
        ProviderCapabilities.builder().pageLifetime(Duration.ofHours(1)).build();

    assertThatCode(() -> capabilities.checkOptions(PageOptions.none(), PROVIDER))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> capabilities.checkOptions(PageOptions.of(Map.of("page_title", "x")), PROVIDER))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.page_title");
              assertThat(e.reason()).isEqualTo("is not supported by provider acme");
            });
  }

  @Test
  void theDraftRunsTheProvidersOptionsCheckBeforeItsUrls() {
    ProviderCapabilities capabilities =
        ProviderCapabilities.builder().pageLifetime(Duration.ofHours(1)).build();
    HppSessionDraft draft =
        new HppSessionDraft(
            HppSessionId.of("hpp_1"),
            MerchantId.of("m1"),
            PROVIDER,
            "ref",
            TestSessions.order(),
            MerchantUrls.parse(Map.of(UrlKind.SUCCESS, "https://shop.example/ok")),
            PageOptions.of(Map.of("logo_url", "https://shop.example/l.png")),
            null,
            TestSessions.T0,
            null);

    assertThatThrownBy(() -> draft.validateFor(capabilities))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("options.logo_url"));
  }

  @Test
  void aPageLifetimeIsStatedAndPositive() {
    assertThatThrownBy(() -> ProviderCapabilities.builder().build())
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ProviderCapabilities.builder().pageLifetime(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOptionConditionReadsAnAbsentOptionAsItsDefault() {
    OptionCondition placesOrder =
        new OptionCondition("place_order_mode", java.util.Set.of("PLACE_ORDER"), "NONE");

    assertThat(placesOrder.holds(PageOptions.none())).isFalse();
    assertThat(placesOrder.valueIn(PageOptions.none())).isEqualTo("NONE");
    assertThat(placesOrder.holds(PageOptions.of(Map.of("place_order_mode", "PLACE_ORDER"))))
        .isTrue();
    assertThat(new OptionCondition("x", java.util.Set.of("a"), null).holds(PageOptions.none()))
        .isFalse();
  }

  @Test
  void theDraftRunsTheProvidersOrderCheckBeforeAnythingElse() {
    ProviderCapabilities capabilities =
        ProviderCapabilities.builder()
            .pageLifetime(Duration.ofHours(1))
            .order(
                (order, provider) -> {
                  throw new DomainValidationException(
                      "locale", "needs a 2-letter language for provider " + provider);
                })
            .build();
    HppSessionDraft draft =
        new HppSessionDraft(
            HppSessionId.of("hpp_1"),
            MerchantId.of("m1"),
            PROVIDER,
            "ref",
            TestSessions.order(),
            MerchantUrls.none(),
            PageOptions.of(Map.of("logo_url", "https://shop.example/l.png")),
            null,
            TestSessions.T0,
            null);

    assertThatThrownBy(() -> draft.validateFor(capabilities))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("locale");
              assertThat(e.reason()).isEqualTo("needs a 2-letter language for provider acme");
            });
  }

  @Test
  void byDefaultAProviderTakesEveryValidOrder() {
    ProviderCapabilities capabilities =
        ProviderCapabilities.builder().pageLifetime(Duration.ofHours(1)).build();
    assertThatCode(() -> capabilities.checkOrder(TestSessions.order(), PROVIDER))
        .doesNotThrowAnyException();
  }
}
