package dev.hppgateway.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.Placeholder;
import dev.hppgateway.domain.UrlTemplate;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Issue 12, the Jazzer fuzz target of the merchant URL template parser: the input's first line is
 * the template, the rest the value every placeholder is filled with. A template parses or is
 * refused with a {@link DomainValidationException} naming the field (never another exception); a
 * parsed one resolves to a valid URI on the template's own host that holds no placeholder.
 *
 * <p>Regression mode by default on the seeds in {@code
 * src/test/resources/dev/hppgateway/bootstrap/hostile/UrlTemplateFuzzTestInputs/}; {@code mvn
 * -Pfuzz} fuzzes it for the time below.
 */
class UrlTemplateFuzzTest {
  private static final String FIELD = "merchant_urls.success";

  @FuzzTest(maxDuration = "30s")
  void aTemplateParsesAndResolvesOnItsOwnHostOrIsRefused(byte[] input) throws URISyntaxException {
    String text = new String(input, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String raw = newline < 0 ? text : text.substring(0, newline);
    String value = newline < 0 ? "" : text.substring(newline + 1);
    UrlTemplate template;
    try {
      template = UrlTemplate.parse(raw, FIELD);
    } catch (DomainValidationException refused) {
      assertThat(refused.field()).isEqualTo(FIELD);
      return;
    }
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    for (Placeholder placeholder : Placeholder.values()) {
      values.put(placeholder, value);
    }

    String resolved = template.resolve(values);

    for (Placeholder placeholder : Placeholder.values()) {
      assertThat(resolved).doesNotContain(placeholder.literal());
    }
    URI uri = new URI(resolved);
    URI plain = new URI(template.resolve(allX()));
    assertThat(uri.getRawAuthority()).isEqualTo(plain.getRawAuthority());
    assertThat(uri.getScheme()).isEqualTo(plain.getScheme());
  }

  private static Map<Placeholder, String> allX() {
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    for (Placeholder placeholder : Placeholder.values()) {
      values.put(placeholder, "x");
    }
    return values;
  }
}
