package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** resolve() leaves no token behind, whatever the template and however odd the values. */
class UrlTemplatePropertyTest {

  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> text = Arbitraries.strings().withChars("abcxyz0123-_./=&?").ofMaxLength(8);
    Arbitrary<String> token = Arbitraries.of(Placeholder.class).map(Placeholder::literal);
    Arbitrary<String> piece = Arbitraries.oneOf(text, token);
    return piece
        .list()
        .ofMaxSize(8)
        .map(parts -> "https://shop.example/p?" + String.join("", parts));
  }

  @Provide
  Arbitrary<Map<Placeholder, String>> values() {
    Arbitrary<String> value =
        Arbitraries.strings()
            .all()
            .ofMaxLength(20)
            .injectDuplicates(0.1)
            .edgeCases(edges -> edges.add("{{session_id}}"));
    return Combinators.combine(value, value, value)
        .as(
            (a, b, c) -> {
              Map<Placeholder, String> map = new EnumMap<>(Placeholder.class);
              map.put(Placeholder.SESSION_ID, a);
              map.put(Placeholder.AUTHORIZATION_TOKEN, b);
              map.put(Placeholder.ORDER_ID, c);
              return map;
            });
  }

  @Property(tries = 1000)
  void resolveNeverLeavesATokenBehind(
      @ForAll("templates") String raw, @ForAll("values") Map<Placeholder, String> values) {
    UrlTemplate template = UrlTemplate.parse(raw, "f");
    String resolved = template.resolve(values);
    assertThat(resolved).doesNotContain("{{").doesNotContain("}}");
    for (String value : List.copyOf(values.values())) {
      if (value.contains("{") && template.placeholders().size() > 0) {
        assertThat(resolved).doesNotContain(value.substring(value.indexOf('{')));
      }
    }
  }
}
