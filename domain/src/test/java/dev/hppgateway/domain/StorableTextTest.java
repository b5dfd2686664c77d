package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: text fields refuse what cannot be stored and found again (an unpaired surrogate, NUL)
 * naming the field, and keep every other character verbatim.
 */
class StorableTextTest {

  @Test
  void unpairedSurrogatesAndNulAreRefusedNamingTheField() {
    for (String bad :
        List.of("\ud800", "\udfff", "a\ud83d", "\ude00a", "\ud83d\ud83d", "a\u0000b")) {
      assertThatThrownBy(() -> StorableText.require(bad, "merchant_reference"))
          .isInstanceOfSatisfying(
              DomainValidationException.class,
              e -> assertThat(e.field()).isEqualTo("merchant_reference"));
    }
  }

  @Test
  void everyOtherCharacterIsKeptVerbatim() {
    for (String good :
        List.of(
            "\ud83d\ude00",
            "\u202eevil\u202c",
            "e\u0301\u0301",
            "\ufeff\u200b\u2028",
            "\u0007\t\n",
            "'; DROP TABLE x; --",
            "{{session_id}}")) {
      assertThat(StorableText.require(good, "f")).isSameAs(good);
    }
    assertThat(StorableText.require(null, "f")).isNull();
  }

  @Test
  void domainTextFieldsApplyIt() {
    assertThatThrownBy(() -> OrderLine.of(OrderLineType.PHYSICAL, "shirt\ud800", 1, 100, 0))
        .isInstanceOfSatisfying(
            DomainValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> UrlTemplate.parse("https://shop.example/\u0000", "merchant_urls.back"))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("merchant_urls.back"));
    assertThatThrownBy(() -> PageOptions.of(Map.of("page_title", "x\udfff")))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.field()).isEqualTo("options.page_title"));
    assertThatThrownBy(() -> PageOptions.of(Map.of("images", List.of(Map.of("u\ud800rl", "x")))))
        .isInstanceOf(DomainValidationException.class);
  }
}
