package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where a provider fills a placeholder: in which URL kinds and, for some, only when an option says
 * so (Klarna's {@code {{order_id}}} with place_order_mode PLACE_ORDER or CAPTURE_ORDER); and what a
 * URL template holds.
 */
class PlaceholderRuleTest {
  private static final PlaceholderRule ORDER_ID_WHEN_PLACED =
      PlaceholderRule.whenOption(
          Placeholder.ORDER_ID,
          PlaceholderRule.redirectKinds(),
          "place_order_mode",
          Set.of("PLACE_ORDER", "CAPTURE_ORDER"),
          "NONE");

  @Test
  void aConditionalPlaceholderIsFilledOnlyWhenItsOptionSaysSo() {
    PageOptions placing = PageOptions.of(Map.of("place_order_mode", "PLACE_ORDER"));
    assertThat(ORDER_ID_WHEN_PLACED.allows(UrlKind.SUCCESS, placing)).isTrue();
    assertThat(ORDER_ID_WHEN_PLACED.allows(UrlKind.SUCCESS, PageOptions.none())).isFalse();
    assertThat(ORDER_ID_WHEN_PLACED.allows(UrlKind.STATUS_UPDATE, placing)).isFalse();
    assertThat(ORDER_ID_WHEN_PLACED.when()).isPresent();
  }

  @Test
  void anUnconditionalPlaceholderIsFilledInItsKinds() {
    PlaceholderRule token =
        PlaceholderRule.in(Placeholder.AUTHORIZATION_TOKEN, EnumSet.of(UrlKind.SUCCESS));
    assertThat(token.allows(UrlKind.SUCCESS, PageOptions.none())).isTrue();
    assertThat(token.allows(UrlKind.FAILURE, PageOptions.none())).isFalse();
    assertThat(token.when()).isEmpty();
  }

  @Test
  void aConditionNeedsAValue() {
    assertThatThrownBy(() -> new OptionCondition("place_order_mode", Set.of(), "NONE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs at least one value");
  }

  @Test
  void aTemplateKnowsItsPlaceholders() {
    UrlTemplate url = UrlTemplate.parse("https://shop.example/ok?s={{session_id}}", "f");
    assertThat(url.contains(Placeholder.SESSION_ID)).isTrue();
    assertThat(url.contains(Placeholder.ORDER_ID)).isFalse();
    assertThat(Placeholder.SESSION_ID.token()).isEqualTo("session_id");
  }

  @Test
  void urlsBuiltFromAMapAreACopy() {
    Map<UrlKind, UrlTemplate> raw =
        new java.util.EnumMap<>(
            Map.of(UrlKind.SUCCESS, UrlTemplate.parse("https://shop.example/ok", "f")));
    MerchantUrls urls = MerchantUrls.of(raw);
    raw.clear();
    assertThat(urls.asMap()).containsOnlyKeys(UrlKind.SUCCESS);
  }
}
