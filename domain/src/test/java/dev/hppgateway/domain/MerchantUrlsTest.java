package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MerchantUrlsTest {

  /**
   * PROVIDERS.md §1, restated: {{session_id}} anywhere a shopper is redirected;
   * {{authorization_token}} only in a KP success URL; {{order_id}} for KCO, or KP placing the
   * order. Nothing in status_update (the gateway's own URL), nothing for Optty (no per-page URLs).
   */
  static boolean documentedAllowed(
      String provider, Placeholder placeholder, UrlKind kind, String mode) {
    if (provider.equals("optty-direct") || kind == UrlKind.STATUS_UPDATE) {
      return false;
    }
    // place_order_mode is KP only: KCO refuses the option, even set to its default.
    if (!provider.equals("klarna-kp") && mode != null) {
      return false;
    }
    switch (placeholder) {
      case SESSION_ID:
        return true;
      case AUTHORIZATION_TOKEN:
        return provider.equals("klarna-kp") && kind == UrlKind.SUCCESS;
      default:
        return provider.equals("kustom-kco") || (mode != null && !mode.equals("NONE"));
    }
  }

  /** Every place_order_mode, and the option left out (null: KP's default NONE). */
  static final List<String> MODES = Arrays.asList(null, "NONE", "PLACE_ORDER", "CAPTURE_ORDER");

  static Stream<Arguments> everyCombination() {
    Map<String, ProviderCapabilities> providers =
        Map.of(
            "klarna-kp",
            TestCapabilities.kp(),
            "kustom-kco",
            TestCapabilities.kco(),
            "optty-direct",
            TestCapabilities.optty());
    List<Arguments> out = new ArrayList<>();
    providers.forEach(
        (provider, capabilities) -> {
          for (Placeholder placeholder : Placeholder.values()) {
            for (UrlKind kind : UrlKind.values()) {
              for (String mode : MODES) {
                out.add(Arguments.of(provider, capabilities, placeholder, kind, mode));
              }
            }
          }
        });
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {2} in {3} with {4}")
  @MethodSource("everyCombination")
  void placeholderRulesFollowTheProviderDocs(
      String provider,
      ProviderCapabilities capabilities,
      Placeholder placeholder,
      UrlKind kind,
      String mode) {
    Map<UrlKind, String> raw = new EnumMap<>(UrlKind.class);
    raw.put(kind, "https://shop.example/back?x=" + placeholder.literal());
    MerchantUrls urls = MerchantUrls.parse(raw);
    HppSessionDraft draft = draftFor(provider, urls, mode);
    boolean modeSupported = optionsAccepted(capabilities, draft);
    if (documentedAllowed(provider, placeholder, kind, mode)) {
      assertThatCode(() -> draft.validateFor(capabilities)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> draft.validateFor(capabilities))
          .isInstanceOfSatisfying(
              DomainValidationException.class,
              e -> {
                assertThat(e.field())
                    .isEqualTo(
                        modeSupported ? MerchantUrls.fieldOf(kind) : "options.place_order_mode");
                assertThat(e.reason()).contains(provider);
                if (modeSupported && capabilities.urlKinds().contains(kind)) {
                  assertThat(e.reason()).contains(placeholder.literal());
                }
              });
    }
  }

  private static boolean optionsAccepted(ProviderCapabilities capabilities, HppSessionDraft draft) {
    try {
      capabilities.checkOptions(draft.options(), draft.providerId());
      return true;
    } catch (DomainValidationException e) {
      return false;
    }
  }

  private static PageOptions mode(String mode) {
    return mode == null
        ? PageOptions.none()
        : PageOptions.of(Map.of(TestCapabilities.PLACE_ORDER_MODE, mode));
  }

  private static HppSessionDraft draftFor(String provider, MerchantUrls urls, String mode) {
    PageOptions options = mode(mode);
    return new HppSessionDraft(
        HppSessionId.of("hpp_1"),
        MerchantId.of("m1"),
        ProviderId.of(provider),
        "ref",
        TestSessions.order(),
        urls,
        options,
        null,
        TestSessions.T0,
        null);
  }

  @Test
  void kpSuccessUrlMayCarryAllThreeWhenKlarnaPlacesTheOrder() {
    MerchantUrls urls =
        MerchantUrls.parse(
            Map.of(
                UrlKind.SUCCESS,
                "https://shop.example/ok?s={{session_id}}&t={{authorization_token}}&o={{order_id}}"));
    assertThatCode(
            () -> urls.validateFor(TestSessions.KP, TestCapabilities.kp(), mode("PLACE_ORDER")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> urls.validateFor(TestSessions.KP, TestCapabilities.kp(), mode("NONE")))
        .hasMessageContaining("{{order_id}}")
        .hasMessageContaining("place_order_mode");
    assertThatThrownBy(
            () -> urls.validateFor(TestSessions.KP, TestCapabilities.kp(), PageOptions.none()))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(
                        "{{order_id}} needs place_order_mode [CAPTURE_ORDER, PLACE_ORDER] with provider klarna-kp, not NONE"));
  }

  @Test
  void errorFallsBackToFailure() {
    MerchantUrls urls = MerchantUrls.parse(Map.of(UrlKind.FAILURE, "https://shop.example/failed"));
    assertThat(urls.effective(UrlKind.ERROR))
        .map(UrlTemplate::raw)
        .contains("https://shop.example/failed");
    assertThat(urls.get(UrlKind.ERROR)).isEmpty();
    assertThat(urls.effective(UrlKind.CANCEL)).isEmpty();
  }

  @Test
  void ownErrorUrlWinsOverFailure() {
    MerchantUrls urls =
        MerchantUrls.parse(
            Map.of(
                UrlKind.FAILURE,
                "https://shop.example/failed",
                UrlKind.ERROR,
                "https://shop.example/error"));
    assertThat(urls.effective(UrlKind.ERROR))
        .map(UrlTemplate::raw)
        .contains("https://shop.example/error");
  }

  @Test
  void noFallbackForOtherKinds() {
    MerchantUrls urls = MerchantUrls.parse(Map.of(UrlKind.SUCCESS, "https://shop.example/ok"));
    assertThat(urls.effective(UrlKind.FAILURE)).isEmpty();
    assertThat(urls.effective(UrlKind.ERROR)).isEmpty();
  }

  @Test
  void statusUpdateIsReplacedByTheGateway() {
    MerchantUrls urls =
        MerchantUrls.parse(Map.of(UrlKind.SUCCESS, "https://shop.example/ok"))
            .withStatusUpdate(UrlTemplate.parse("https://gw.example/callbacks/x", "s"));
    assertThat(urls.get(UrlKind.STATUS_UPDATE))
        .map(UrlTemplate::raw)
        .contains("https://gw.example/callbacks/x");
    assertThat(urls.get(UrlKind.SUCCESS)).isPresent();
  }

  @Test
  void unsupportedUrlKindIsNamed() {
    MerchantUrls urls = MerchantUrls.parse(Map.of(UrlKind.SUCCESS, "https://shop.example/ok"));
    assertThatThrownBy(
            () ->
                urls.validateFor(
                    ProviderId.of("optty-direct"), TestCapabilities.optty(), PageOptions.none()))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("merchant_urls.success");
              assertThat(e.reason()).isEqualTo("is not supported by provider optty-direct");
            });
  }

  @Test
  void aPlaceholderTheProviderDoesNotKnowOrFillThereIsNamedWithWhereItIsFilled() {
    MerchantUrls token =
        MerchantUrls.parse(
            Map.of(UrlKind.FAILURE, "https://shop.example/no?t={{authorization_token}}"));
    assertThatThrownBy(
            () ->
                token.validateFor(
                    ProviderId.of("kustom-kco"), TestCapabilities.kco(), PageOptions.none()))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("merchant_urls.failure");
              assertThat(e.reason())
                  .isEqualTo("{{authorization_token}} is not supported by provider kustom-kco");
            });
    assertThatThrownBy(
            () ->
                token.validateFor(
                    ProviderId.of("klarna-kp"), TestCapabilities.kp(), PageOptions.none()))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(
                        "{{authorization_token}} is not filled in a failure URL by provider"
                            + " klarna-kp (only in [success])"));
  }
}
