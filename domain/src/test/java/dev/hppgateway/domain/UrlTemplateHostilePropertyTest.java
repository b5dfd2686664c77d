package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 12, hostile URL templates: any string either parses or is refused with a {@link
 * DomainValidationException} naming the field (never another exception); a parsed template's
 * resolution leaves no known placeholder behind; and a substituted value is URL-encoded, so a value
 * holding {@code &}, {@code #}, {@code /}, {@code ?} or {@code {{session_id}}} stays one query
 * value: the host, the other parameters and the fragment are those of the template.
 */
class UrlTemplateHostilePropertyTest {
  private static final String FIELD = "merchant_urls.success";

  @Property(tries = 2000)
  void anyStringParsesOrIsRefusedNamingTheField(@ForAll("candidates") String raw) {
    try {
      UrlTemplate template = UrlTemplate.parse(raw, FIELD);
      assertThat(template.raw()).isEqualTo(raw);
      assertThat(raw.length()).isLessThanOrEqualTo(UrlTemplate.MAX_LENGTH);
      Statistics.collect(template.placeholders().isEmpty() ? "parsed" : "parsed with placeholders");
    } catch (DomainValidationException refused) {
      assertThat(refused.field()).isEqualTo(FIELD);
      assertThat(refused.reason()).isNotBlank();
      Statistics.collect("refused");
    }
    // not vacuous: the candidates reach both answers, placeholders included
    Statistics.coverage(
        coverage -> {
          coverage.check("refused").percentage(p -> p > 20);
          coverage.check("parsed with placeholders").percentage(p -> p > 2);
        });
  }

  @Property(tries = 1000)
  void resolvingAParsedTemplateLeavesNoKnownPlaceholder(
      @ForAll("candidates") String raw, @ForAll("values") String value) {
    UrlTemplate template;
    try {
      template = UrlTemplate.parse(raw, FIELD);
    } catch (DomainValidationException refused) {
      return;
    }
    String resolved = template.resolve(allPlaceholders(value));
    for (Placeholder placeholder : Placeholder.values()) {
      assertThat(resolved).doesNotContain(placeholder.literal());
    }
  }

  @Property(tries = 1000)
  void aSubstitutedValueCannotInjectIntoTheUrl(
      @ForAll("values") String value, @ForAll Placeholder placeholder) {
    UrlTemplate template =
        UrlTemplate.parse(
            "https://shop.example/return/"
                + placeholder.literal()
                + "?v="
                + placeholder.literal()
                + "&b=1#frag",
            FIELD);

    URI resolved = URI.create(template.resolve(allPlaceholders(value)));

    assertThat(resolved.getHost()).isEqualTo("shop.example");
    assertThat(resolved.getRawFragment()).isEqualTo("frag");
    String[] pairs = resolved.getRawQuery().split("&", -1);
    assertThat(pairs).hasSize(2);
    assertThat(pairs[1]).isEqualTo("b=1");
    assertThat(resolved.getRawPath())
        .startsWith("/return/")
        .doesNotContain("?")
        .doesNotContain("#");
    assertThat(resolved.getRawPath().substring("/return/".length())).doesNotContain("/");
    String decoded = URLDecoder.decode(pairs[0].substring("v=".length()), StandardCharsets.UTF_8);
    assertThat(decoded).isEqualTo(wellFormed(value));
  }

  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "{{",
                "}}",
                "{",
                "}",
                "{{session_id}}",
                "{{authorization_token}}",
                "{{order_id}}",
                "{{unknown}}",
                "{{SESSION_ID}}",
                "{{ session_id }}",
                "https://",
                "http://",
                "http://localhost",
                "https://shop.example",
                "user:pw@",
                ":443",
                "/",
                "?",
                "#",
                "&",
                "%",
                "%zz",
                "[::1]",
                "\u0000",
                "\ud800",
                "\u202e",
                "\ud83d\ude00",
                "e\u0301",
                " ",
                "'; DROP TABLE x; --"),
            Arbitraries.strings().all().ofMaxLength(6),
            Arbitraries.strings().withChars("abc{}/:?#&=%.@[]").ofMaxLength(10));
    Arbitrary<String> assembled = piece.list().ofMaxSize(10).map(parts -> String.join("", parts));
    Arbitrary<String> huge =
        Arbitraries.of(1_999, 2_000, 2_001, 50_000)
            .map(n -> "https://shop.example/" + "{{session_id}}".repeat(n / 14));
    Arbitrary<String> plausible =
        Arbitraries.of(
                "a",
                "/",
                "?",
                "&",
                "=",
                "x=1",
                "%20",
                "#frag",
                "{{session_id}}",
                "{{authorization_token}}",
                "{{order_id}}",
                "\ud83d\ude00",
                "e\u0301",
                "\u202e",
                "{{",
                "'")
            .list()
            .ofMaxSize(8)
            .map(parts -> "https://shop.example/" + String.join("", parts));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, plausible),
        net.jqwik.api.Tuple.of(6, assembled),
        net.jqwik.api.Tuple.of(3, assembled.map(s -> "https://shop.example/" + s)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)),
        net.jqwik.api.Tuple.of(1, huge));
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "&admin=1",
            "#x",
            "/../../x",
            "?b=2",
            "{{session_id}}",
            "{{",
            "}}",
            "a b+c",
            "%26",
            "\u0000",
            "\ud800",
            "\ud83d\ude00",
            ""),
        Arbitraries.strings().all().ofMaxLength(30));
  }

  private static Map<Placeholder, String> allPlaceholders(String value) {
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    for (Placeholder placeholder : Placeholder.values()) {
      values.put(placeholder, value);
    }
    return values;
  }

  /** What UTF-8 encoding makes of a string: each lone surrogate becomes '?'. */
  private static String wellFormed(String value) {
    return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
