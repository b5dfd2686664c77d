package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageOptionsTest {

  @Test
  void keepsJsonLikeValuesNestedAndImmutable() {
    Map<String, Object> image =
        new HashMap<>(Map.of("url", "https://cdn.example/a.png", "width", 800));
    List<Object> images = new ArrayList<>(List.of(image));
    PageOptions options =
        PageOptions.of(
            Map.of(
                "page_title",
                "Pay",
                "hide_subtotal_detail",
                true,
                "background_images",
                images,
                "limit",
                3L));

    image.put("width", 1);
    images.clear();

    assertThat(options.text("page_title")).contains("Pay");
    assertThat(options.flag("hide_subtotal_detail")).contains(true);
    assertThat(options.number("limit")).contains(3L);
    assertThat(options.list("background_images"))
        .contains(List.of(Map.of("url", "https://cdn.example/a.png", "width", 800L)));
    assertThat(options.text("absent")).isEmpty();
    assertThatThrownBy(() -> options.list("background_images").orElseThrow().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> options.asMap().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void wholeNumbersOfEveryWidthAreLongs() {
    assertThat(PageOptions.of(Map.of("n", 7)).asMap()).isEqualTo(Map.of("n", 7L));
    assertThat(PageOptions.of(Map.of("n", 7))).isEqualTo(PageOptions.of(Map.of("n", 7L)));
  }

  @Test
  void nullsAndOtherTypesAreRefusedWithTheOptionsField() {
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("page_title", null);
    assertField(() -> PageOptions.of(withNull), "options.page_title");
    assertField(() -> PageOptions.of(Map.of("ratio", new BigDecimal("1.5"))), "options.ratio");
    assertField(() -> PageOptions.of(Map.of("ratio", 1.5d)), "options.ratio");
    assertField(
        () -> PageOptions.of(Map.of("images", List.of(Map.of("when", new Object())))),
        "options.images[0].when");
    assertField(
        () -> PageOptions.of(Map.of("images", Arrays.asList("a", null))), "options.images[1]");
    assertField(() -> PageOptions.of(Map.of("Page-Title", "x")), "options.Page-Title");
  }

  @Test
  void aValueOfAnotherTypeIsAFieldErrorWhenReadTyped() {
    PageOptions options = PageOptions.of(Map.of("page_title", 12));
    assertField(() -> options.text("page_title"), "options.page_title");
    assertField(() -> options.flag("page_title"), "options.page_title");
    assertField(() -> options.list("page_title"), "options.page_title");
    assertField(() -> options.object("page_title"), "options.page_title");
    assertThat(options.number("page_title")).contains(12L);
  }

  @Test
  void equalOptionsAreEqualAndPrintAlikeWhateverTheirOrder() {
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("b", Map.of("y", 1, "x", 2));
    first.put("a", "text");
    Map<String, Object> second = new LinkedHashMap<>();
    second.put("a", "text");
    second.put("b", Map.of("x", 2L, "y", 1L));

    assertThat(PageOptions.of(first))
        .isEqualTo(PageOptions.of(second))
        .hasSameHashCodeAs(PageOptions.of(second));
    assertThat(PageOptions.of(first).toString())
        .isEqualTo(PageOptions.of(second).toString())
        .isEqualTo("PageOptions{a=text, b={x=2, y=1}}");
  }

  @Test
  void noneIsEmpty() {
    assertThat(PageOptions.none().isEmpty()).isTrue();
    assertThat(PageOptions.of(null)).isEqualTo(PageOptions.none());
    assertThat(PageOptions.of(Map.of())).isSameAs(PageOptions.none());
    assertThat(PageOptions.of(Map.of("a", "b")).isEmpty()).isFalse();
  }

  private static void assertField(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void everyWholeNumberTypeUpTo64BitsIsALong() {
    assertThat(PageOptions.of(Map.of("n", (short) 7, "m", (byte) 8)).asMap())
        .isEqualTo(Map.of("n", 7L, "m", 8L));
    assertThat(
            PageOptions.of(Map.of("n", java.math.BigInteger.valueOf(Long.MAX_VALUE))).number("n"))
        .contains(Long.MAX_VALUE);
    assertThatThrownBy(() -> PageOptions.of(Map.of("n", java.math.BigInteger.ONE.shiftLeft(63))))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.n");
              assertThat(e.reason())
                  .isEqualTo(
                      "must be text, true/false, a whole number, a list or an object of such"
                          + " values");
            });
  }

  @Test
  void aNullIsRefusedAsNullAndAnObjectKeyMustBeText() {
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("page_title", null);
    assertThatThrownBy(() -> PageOptions.of(withNull))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo("must not be null (leave the option out instead)"));
    assertThatThrownBy(() -> PageOptions.of(Map.of("o", Map.of("", 1))))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.o");
              assertThat(e.reason()).isEqualTo("object keys must be non-empty text");
            });
  }

  @Test
  void anOptionIsReadAsGivenOrIsAbsent() {
    PageOptions options = PageOptions.of(Map.of("theme", Map.of("color", "red"), "title", "Shop"));
    assertThat(options.has("title")).isTrue();
    assertThat(options.has("subtitle")).isFalse();
    assertThat(options.object("theme")).contains(Map.of("color", "red"));
    assertThat(options.object("missing")).isEmpty();
  }
}
