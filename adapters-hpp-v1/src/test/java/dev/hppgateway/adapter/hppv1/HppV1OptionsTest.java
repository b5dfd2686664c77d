package dev.hppgateway.adapter.hppv1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PageOptionsCheck;
import dev.hppgateway.domain.ProviderId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The HPP v1 option vocabulary: what was PageOptionsTest in the domain, and the checks KP and KCO
 * declare.
 */
class HppV1OptionsTest {
  private static final ProviderId KP = ProviderId.of("klarna-kp");
  private static final ProviderId KCO = ProviderId.of("kustom-kco");

  @Test
  void categoryAndCategoriesExcludeEachOther() {
    assertThatThrownBy(
            () ->
                new HppV1Options(
                    null, null, null, null, List.of("PAY_NOW"), "PAY_LATER", null, false, null))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("options.payment_method_category"));
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "payment_method_categories",
                        List.of("PAY_NOW"),
                        "payment_method_category",
                        "PAY_LATER")))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("options.payment_method_category"));
  }

  @Test
  void unknownValuesAreRejectedWithTheChoices() {
    assertThatThrownBy(
            () ->
                new HppV1Options(null, null, null, null, List.of("CASH"), null, null, false, null))
        .hasMessageContaining("CASH")
        .hasMessageContaining("PAY_LATER");
    assertThatThrownBy(
            () -> new HppV1Options(null, null, null, null, null, null, "STEAL", false, null))
        .hasMessageContaining("purchase_type");
    assertThatThrownBy(() -> read(Map.of("payment_method_categories", List.of("CASH"))))
        .hasMessageContaining("CASH")
        .hasMessageContaining("PAY_LATER");
    assertThatThrownBy(() -> read(Map.of("purchase_type", "STEAL")))
        .hasMessageContaining("purchase_type");
    assertThatThrownBy(() -> read(Map.of("place_order_mode", "LATER")))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.place_order_mode");
              assertThat(e.reason()).contains("LATER").contains("PLACE_ORDER");
            });
  }

  @Test
  void backgroundImagesNeedAWidthAndAnHttpsUrl() {
    assertThatThrownBy(() -> new HppV1Options.BackgroundImage("https://cdn.example/a.png", 0))
        .hasMessageContaining("width");
    assertThatThrownBy(() -> new HppV1Options.BackgroundImage("http://cdn.example/a.png", 800))
        .hasMessageContaining("https");
    assertField(
        () ->
            read(Map.of("background_images", List.of(Map.of("url", "https://cdn.example/a.png")))),
        "options.background_images.width");
    assertField(
        () ->
            read(
                Map.of(
                    "background_images",
                    List.of(Map.of("url", "http://cdn.example/a.png", "width", 800)))),
        "options.background_images.url");
    assertField(
        () -> read(Map.of("background_images", List.of("https://cdn.example/a.png"))),
        "options.background_images[0]");
  }

  @Test
  void defaultsPlaceNoOrder() {
    assertThat(HppV1Options.defaults().placeOrderMode()).isEqualTo(PlaceOrderMode.NONE);
    assertThat(HppV1Options.read(PageOptions.none())).isEqualTo(HppV1Options.defaults());
  }

  @Test
  void textsAreBoundedAndUrlsHoldNoPlaceholders() {
    assertField(() -> read(Map.of("page_title", "x".repeat(256))), "options.page_title");
    assertField(() -> read(Map.of("profile_id", "x".repeat(256))), "options.profile_id");
    assertField(
        () -> read(Map.of("logo_url", "https://shop.example/{{session_id}}.png")),
        "options.logo_url");
    assertField(() -> read(Map.of("page_title", 7)), "options.page_title");
    assertField(() -> read(Map.of("hide_subtotal_detail", "yes")), "options.hide_subtotal_detail");
  }

  @Test
  void readsEveryOptionOfTheVocabulary() {
    HppV1Options options =
        read(
            Map.of(
                "place_order_mode",
                "CAPTURE_ORDER",
                "page_title",
                "Pay",
                "logo_url",
                "https://shop.example/l.png",
                "background_images",
                List.of(Map.of("url", "https://shop.example/bg.png", "width", 600)),
                "payment_method_categories",
                List.of("PAY_LATER"),
                "purchase_type",
                "BUY",
                "hide_subtotal_detail",
                true,
                "profile_id",
                "p-1"));

    assertThat(options)
        .isEqualTo(
            new HppV1Options(
                PlaceOrderMode.CAPTURE_ORDER,
                "Pay",
                "https://shop.example/l.png",
                List.of(new HppV1Options.BackgroundImage("https://shop.example/bg.png", 600)),
                List.of("PAY_LATER"),
                null,
                "BUY",
                true,
                "p-1"));
  }

  @Test
  void theCheckRefusesOptionsOutsideTheVocabularyAndTheRefusedOnesWithTheirReason() {
    PageOptionsCheck kp = HppV1Options.check(Map.of());
    PageOptionsCheck kco = HppV1Options.check(Map.of(HppV1Options.PLACE_ORDER_MODE, "KP only"));
    PageOptions placing = PageOptions.of(Map.of("place_order_mode", "PLACE_ORDER"));

    assertThatCode(() -> kp.check(placing, KP)).doesNotThrowAnyException();
    assertThatThrownBy(() -> kco.check(placing, KCO))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.place_order_mode");
              assertThat(e.reason()).isEqualTo("is not supported by provider kustom-kco (KP only)");
            });
    assertThatThrownBy(() -> kp.check(PageOptions.of(Map.of("theme", "dark")), KP))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.theme");
              assertThat(e.reason()).isEqualTo("is not supported by provider klarna-kp");
            });
    assertField(
        () -> kco.check(PageOptions.of(Map.of("purchase_type", "STEAL")), KCO),
        "options.purchase_type");
    assertThatCode(() -> kco.check(PageOptions.of(Map.of("page_title", "Pay")), KCO))
        .doesNotThrowAnyException();
  }

  @Test
  void aPageEndsAnHourBeforeItsPaymentSession() {
    assertThat(HppPageLifetime.before(Duration.ofHours(48))).isEqualTo(Duration.ofHours(47));
    assertThatThrownBy(() -> HppPageLifetime.before(Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static HppV1Options read(Map<String, ?> raw) {
    return HppV1Options.read(PageOptions.of(raw));
  }

  private static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
