package dev.hppgateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlTemplateTest {

  @Test
  void findsEveryPlaceholder() {
    UrlTemplate url =
        UrlTemplate.parse(
            "https://shop.example/ok/{{session_id}}?t={{authorization_token}}&o={{order_id}}", "f");
    assertThat(url.placeholders()).containsExactlyInAnyOrder(Placeholder.values());
  }

  @Test
  void resolvesWithUrlEncodedValues() {
    UrlTemplate url =
        UrlTemplate.parse(
            "https://shop.example/ok?sid={{session_id}}&t={{authorization_token}}", "f");
    String resolved =
        url.resolve(
            Map.of(Placeholder.SESSION_ID, "abc 1", Placeholder.AUTHORIZATION_TOKEN, "a&b={{c}}"));
    assertThat(resolved).isEqualTo("https://shop.example/ok?sid=abc%201&t=a%26b%3D%7B%7Bc%7D%7D");
  }

  @Test
  void resolveWithoutAValueFails() {
    UrlTemplate url = UrlTemplate.parse("https://shop.example/ok?sid={{session_id}}", "f");
    assertThatThrownBy(() -> url.resolve(Map.of())).hasMessageContaining("{{session_id}}");
  }

  @Test
  void urlWithoutPlaceholdersResolvesToItself() {
    assertThat(UrlTemplate.parse("https://shop.example/ok", "f").resolve(Map.of()))
        .isEqualTo("https://shop.example/ok");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://shop.example/{{sessionid}}|unknown placeholder {{sessionid}}",
        "https://shop.example/{{ session_id }}|malformed placeholder",
        "https://shop.example/{{SESSION_ID}}|malformed placeholder",
        "https://shop.example/{{}}|malformed placeholder",
        "https://shop.example/{{session_id|never closed",
        "https://shop.example/session_id}}|without a matching",
        "}}https://shop.example/|has '}}' without a matching '{{' at position 0",
        "{{session_id}}/ok|absolute URL",
        "https://shop.example/a}}b/{{session_id}}|has '}}' without a matching '{{' at position 22",
        "https://shop_example/ok|absolute URL with a host",
        "https://shop.example/{{{session_id}}}|malformed placeholder",
        "http://shop.example/ok|must use https",
        "ftp://shop.example/ok|must use https",
        "/relative/path|absolute URL",
        "shop.example/ok|absolute URL",
        "https://user:pw@shop.example/ok|credentials",
        "https://{{session_id}}.shop.example/ok|not in the host",
        "https://shop.example/a b|not a valid URL",
      })
  void rejectsWithAReason(String raw, String reason) {
    assertThatThrownBy(() -> UrlTemplate.parse(raw, "merchant_urls.success"))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("merchant_urls.success");
              assertThat(e.reason()).contains(reason);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/ok?sid={{session_id}}",
        "http://127.0.0.1/ok",
        "http://[::1]:9000/ok",
        "https://shop.example:8443/ok#done"
      })
  void acceptsHttpsAndLoopbackHttp(String raw) {
    assertThat(UrlTemplate.parse(raw, "f").raw()).isEqualTo(raw);
  }

  @Test
  void rejectsOverlongUrls() {
    String raw = "https://shop.example/" + "a".repeat(UrlTemplate.MAX_LENGTH);
    assertThatThrownBy(() -> UrlTemplate.parse(raw, "f"))
        .hasMessageContaining("at most " + UrlTemplate.MAX_LENGTH);
  }

  @Test
  void rejectsBlank() {
    assertThatThrownBy(() -> UrlTemplate.parse(" ", "f")).hasMessageContaining("required");
  }
}
