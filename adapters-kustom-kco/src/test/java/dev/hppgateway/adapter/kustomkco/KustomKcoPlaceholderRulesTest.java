package dev.hppgateway.adapter.kustomkco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.UrlKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every placeholder in every URL kind under every place_order_mode (and the option left out),
 * checked against the capabilities this adapter declares (the domain checks the same rules against
 * a fixture of them).
 */
class KustomKcoPlaceholderRulesTest {
  private static final List<String> MODES =
      Arrays.asList(null, "NONE", "PLACE_ORDER", "CAPTURE_ORDER");

  /**
   * PROVIDERS.md §1 for KCO: {{session_id}} and {{order_id}} in any redirect, no
   * {{authorization_token}}, nothing in status_update; place_order_mode is KP only, so any value of
   * it is refused (the options field, before the URLs).
   */
  static boolean documentedAllowed(Placeholder placeholder, UrlKind kind, String mode) {
    return mode == null
        && kind != UrlKind.STATUS_UPDATE
        && placeholder != Placeholder.AUTHORIZATION_TOKEN;
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> out = new ArrayList<>();
    for (Placeholder placeholder : Placeholder.values()) {
      for (UrlKind kind : UrlKind.values()) {
        for (String mode : MODES) {
          out.add(Arguments.of(placeholder, kind, mode));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1} with {2}")
  @MethodSource("everyCombination")
  void declaredCapabilitiesFollowTheProviderDocs(
      Placeholder placeholder, UrlKind kind, String mode) {
    HppSessionDraft draft =
        new HppSessionDraft(
            HppSessionId.of("hpp_1"),
            TestHppSessions.MERCHANT,
            KustomKcoPaymentProvider.ID,
            "ref",
            TestHppSessions.order(),
            MerchantUrls.parse(
                Map.of(kind, "https://shop.example/back?x=" + placeholder.literal())),
            mode == null ? PageOptions.none() : PageOptions.of(Map.of("place_order_mode", mode)),
            null,
            Instant.now().plusSeconds(3600),
            null);
    if (documentedAllowed(placeholder, kind, mode)) {
      assertThatCode(() -> draft.validateFor(KustomKcoPaymentProvider.CAPABILITIES))
          .doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> draft.validateFor(KustomKcoPaymentProvider.CAPABILITIES))
          .isInstanceOfSatisfying(
              DomainValidationException.class,
              e -> {
                if (mode != null) {
                  assertThat(e.field()).isEqualTo("options.place_order_mode");
                  assertThat(e.reason())
                      .isEqualTo("is not supported by provider kustom-kco (KP only)");
                } else {
                  assertThat(e.field()).isEqualTo(MerchantUrls.fieldOf(kind));
                  assertThat(e.reason()).contains(placeholder.literal()).contains("kustom-kco");
                }
              });
    }
  }
}
