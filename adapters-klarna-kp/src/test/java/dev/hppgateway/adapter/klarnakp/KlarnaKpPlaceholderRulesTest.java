package dev.hppgateway.adapter.klarnakp;

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
class KlarnaKpPlaceholderRulesTest {
  private static final List<String> MODES =
      Arrays.asList(null, "NONE", "PLACE_ORDER", "CAPTURE_ORDER");

  /**
   * PROVIDERS.md §1 for KP: {{session_id}} in any redirect; {{authorization_token}} in the success
   * URL only; {{order_id}} only when Klarna places the order; nothing in status_update.
   */
  static boolean documentedAllowed(Placeholder placeholder, UrlKind kind, String mode) {
    if (kind == UrlKind.STATUS_UPDATE) {
      return false;
    }
    return switch (placeholder) {
      case SESSION_ID -> true;
      case AUTHORIZATION_TOKEN -> kind == UrlKind.SUCCESS;
      case ORDER_ID -> mode != null && !mode.equals("NONE");
    };
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
            KlarnaKpPaymentProvider.ID,
            "ref",
            TestHppSessions.order(),
            MerchantUrls.parse(
                Map.of(kind, "https://shop.example/back?x=" + placeholder.literal())),
            mode == null ? PageOptions.none() : PageOptions.of(Map.of("place_order_mode", mode)),
            null,
            Instant.now().plusSeconds(3600),
            null);
    if (documentedAllowed(placeholder, kind, mode)) {
      assertThatCode(() -> draft.validateFor(KlarnaKpPaymentProvider.CAPABILITIES))
          .doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> draft.validateFor(KlarnaKpPaymentProvider.CAPABILITIES))
          .isInstanceOfSatisfying(
              DomainValidationException.class,
              e -> {
                assertThat(e.field()).isEqualTo(MerchantUrls.fieldOf(kind));
                assertThat(e.reason()).contains(placeholder.literal()).contains("klarna-kp");
              });
    }
  }
}
