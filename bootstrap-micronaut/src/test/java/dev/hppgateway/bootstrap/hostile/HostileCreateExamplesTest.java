package dev.hppgateway.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.hostile.HostileJson.Raw;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, hostile input on the JSON API, the named examples: 10 000 order lines (a 400 naming
 * order_lines within the 1 MB limit, a 413 over it), 200- and 5 000-deep nesting, bodies that are
 * not a JSON object or not UTF-8, amounts beyond long / 1e400 / -0 / 1.5, unicode edge cases and
 * SQL-looking text in merchant_reference (stored verbatim and read back identical, or a 400 naming
 * the field), and placeholders where they do not belong. Each answer is a 201 or a 4xx problem+json
 * ({@link HostileHttp#assertProblemOr201}); never a 5xx, never a hang.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCreateExamplesTest implements TestPropertyProvider {
  private final int port = HostileHttp.freePort();
  private final HostileHttp http = new HostileHttp(port);
  @Inject JsonMapper json;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = HostileHttp.serviceProperties(port, "hostile-examples");
    properties.putAll(database());
    return properties;
  }

  /** The database settings; none here (the in-memory H2 of the service properties). */
  Map<String, String> database() {
    return Map.of();
  }

  @Test
  void tenThousandOrderLinesWithinTheBodyLimitAreA400NamingOrderLines() throws Exception {
    Map<String, Object> body = HostileJson.validBody("hostile-lines-" + UUID.randomUUID());
    List<Object> lines = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      lines.add(
          new Raw(
              "{\"type\":\"physical\",\"name\":\"x\",\"quantity\":1,\"unit_price\":1,\"total_amount\":1}"));
    }
    body.put("order_lines", lines);
    body.put("amount", new Raw("10000"));
    body.put("tax_amount", new Raw("0"));
    String text = HostileJson.write(body);
    assertThat(text.length()).isLessThan(1024 * 1024);

    HttpResponse<String> answer = http.create(text);

    HostileHttp.assertProblemOr201(answer, "10 000 lines");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"field\":\"order_lines\"");
  }

  @Test
  void tenThousandFullOrderLinesOverTheBodyLimitAreA413Problem() throws Exception {
    Map<String, Object> body = HostileJson.validBody("hostile-lines-big-" + UUID.randomUUID());
    @SuppressWarnings("unchecked")
    Object line = ((List<Object>) body.get("order_lines")).get(0);
    List<Object> lines = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      lines.add(line);
    }
    body.put("order_lines", lines);
    String text = HostileJson.write(body);
    assertThat(text.length()).isGreaterThan(1024 * 1024);

    HttpResponse<String> answer = http.create(text);

    HostileHttp.assertProblemOr201(answer, "10 000 full lines");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
  }

  static List<Object[]> nestings() {
    List<Object[]> cases = new ArrayList<>();
    for (String path : List.of("options", "options.page_title", "merchant_reference", "amount")) {
      cases.add(new Object[] {path, HostileJson.nestedArrays(200)});
      cases.add(new Object[] {path, HostileJson.nestedObjects(200)});
      cases.add(new Object[] {path, HostileJson.nestedArrays(5_000)});
      cases.add(new Object[] {path, HostileJson.nestedObjects(5_000)});
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} deep")
  @MethodSource("nestings")
  void deeplyNestedJsonIsA400Problem(String path, Raw nested) throws Exception {
    Map<String, Object> body = HostileJson.validBody("hostile-nested-" + UUID.randomUUID());
    HostileJson.set(body, path, nested);

    HttpResponse<String> answer = http.create(HostileJson.write(body));

    HostileHttp.assertProblemOr201(answer, path + " nested");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "[]", "[{}]", "\"x\"", "1", "null", "true", "{", "{}}", "{\"provider\"}"})
  void aBodyThatIsNotOneJsonObjectIsA400Problem(String text) throws Exception {
    HttpResponse<String> answer = http.create(text);

    HostileHttp.assertProblemOr201(answer, "[" + text + "]");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
  }

  @Test
  void aBodyThatIsNotUtf8IsA400Problem() throws Exception {
    String valid = HostileJson.write(HostileJson.validBody("hostile-bytes-X"));
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    int at = valid.indexOf("X");
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xff},
            new byte[] {(byte) 0xc3},
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})) {
      byte[] body = new byte[bytes.length + bad.length - 1];
      System.arraycopy(bytes, 0, body, 0, at);
      System.arraycopy(bad, 0, body, at, bad.length);
      System.arraycopy(bytes, at + 1, body, at + bad.length, bytes.length - at - 1);

      HttpResponse<String> answer = http.create(body);

      HostileHttp.assertProblemOr201(answer, "invalid UTF-8 " + java.util.Arrays.toString(bad));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e400",
        "-1e400",
        "1.5",
        "-0.0",
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999999999999999999999",
        "\"10000\""
      })
  void anAmountThatIsNotAWholeNumberThatFitsIsA400NamingAmount(String amount) throws Exception {
    Map<String, Object> body = HostileJson.validBody("hostile-amount-" + UUID.randomUUID());
    body.put("amount", new Raw(amount));

    HttpResponse<String> answer = http.create(HostileJson.write(body));

    HostileHttp.assertProblemOr201(answer, "amount " + amount);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"field\":\"amount\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0", "-1", "-9223372036854775808", "0"})
  void aNegativeOrZeroAmountIsA400NamingAField(String amount) throws Exception {
    Map<String, Object> body = HostileJson.validBody("hostile-amount-" + UUID.randomUUID());
    body.put("amount", new Raw(amount));

    HttpResponse<String> answer = http.create(HostileJson.write(body));

    HostileHttp.assertProblemOr201(answer, "amount " + amount);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"field\":\"");
  }

  static List<Object[]> unstorableTexts() {
    List<Object[]> cases = new ArrayList<>();
    for (String path :
        List.of(
            "merchant_reference",
            "order_lines.0.name",
            "order_lines.0.reference",
            "customer.email",
            "merchant_urls.success",
            "options.page_title")) {
      String valid = path.startsWith("merchant_urls") ? "https://shop.example/ok?r=" : "ref-";
      if (path.equals("customer.email")) {
        valid = "ann@example.com";
      }
      for (String bad : List.of("\ud800", "\udfff", "x\ud83d", "\ude00x", "\u0000")) {
        String field = path.replace(".0.", "[0].");
        cases.add(new Object[] {path, field, valid + bad});
      }
    }
    return cases;
  }

  /**
   * A lone surrogate cannot be encoded in UTF-8 (the database, the provider and a URL would each
   * get a '?' instead, so the page could not be found by its reference) and PostgreSQL text cannot
   * hold NUL: both are a 400 naming the field, in every text field.
   */
  @ParameterizedTest(name = "{0} = {2}")
  @MethodSource("unstorableTexts")
  void aLoneSurrogateOrNulInTextIsA400NamingTheField(String path, String field, String text)
      throws Exception {
    Map<String, Object> body = HostileJson.validBody("hostile-unstorable-" + UUID.randomUUID());
    HostileJson.set(body, path, HostileJson.string(text));

    HttpResponse<String> answer = http.create(HostileJson.write(body));

    HostileHttp.assertProblemOr201(answer, path + "=" + escaped(text));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
  }

  static List<String> unicodeAndInjections() {
    List<String> texts = new ArrayList<>(HostileValues.UNICODE);
    texts.addAll(HostileValues.INJECTIONS);
    return texts;
  }

  /**
   * A merchant_reference with unicode edge cases or injected text is stored and answered verbatim
   * (read by id and found by the list's exact filter), or refused as a 400 naming it.
   */
  @ParameterizedTest
  @MethodSource("unicodeAndInjections")
  void aMerchantReferenceIsStoredVerbatimOrRefusedNamingIt(String text) throws Exception {
    storedVerbatimOrRefused(text + "-" + UUID.randomUUID().toString().substring(0, 8), false);
  }

  /** SQL-looking text is data: always stored, and read back identical. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "'; DROP TABLE hpp_sessions; --",
        "Robert'); DROP TABLE hpp_sessions;--",
        "x' UNION SELECT api_key_hash FROM merchants --",
        "1' OR '1'='1' /*",
        "\" OR \"1\"=\"1",
        "%' OR 1=1 --",
        "\\'\\\"\\\\%_",
        "0x27; SHUTDOWN; --",
        "$$; SELECT pg_sleep(10); $$"
      })
  void aSqlLookingMerchantReferenceIsStoredVerbatim(String sql) throws Exception {
    storedVerbatimOrRefused(sql + " " + UUID.randomUUID().toString().substring(0, 8), true);
  }

  private void storedVerbatimOrRefused(String reference, boolean mustStore) throws Exception {
    Map<String, Object> body = HostileJson.validBody(reference);

    HttpResponse<String> created = http.create(HostileJson.write(body));

    HostileHttp.assertProblemOr201(created, "merchant_reference " + escaped(reference));
    if (!mustStore && created.statusCode() != 201) {
      assertThat(created.statusCode()).isEqualTo(400);
      assertThat(created.body()).contains("\"field\":\"merchant_reference\"");
      return;
    }
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = HostileHttp.idOf(created.body());
    assertThat(field(created.body(), "merchant_reference")).isEqualTo(reference);
    HttpResponse<String> read = http.read(id);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(field(read.body(), "merchant_reference")).isEqualTo(reference);
    HttpResponse<String> listed = http.list(reference);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    List<?> data = (List<?>) map(listed.body()).get("data");
    assertThat(data).as("the exact filter finds this page only").hasSize(1);
    assertThat(((Map<?, ?>) data.get(0)).get("id")).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://shop.example/ok?sid={{session_id",
        "https://shop.example/ok?sid={{",
        "https://shop.example/ok?sid=}}",
        "https://shop.example/ok?sid={{unknown}}",
        "https://shop.example/ok?sid={{ session_id }}",
        "https://{{session_id}}.example/ok",
        "https://shop.example/ok?sid={{{{session_id}}}}",
        "javascript:alert(1)",
        "https://user:pass@shop.example/ok",
        "//shop.example/ok"
      })
  void aBadPlaceholderOrUrlIsA400NamingTheUrl(String url) throws Exception {
    Map<String, Object> body = HostileJson.validBody("hostile-url-" + UUID.randomUUID());
    HostileJson.set(body, "merchant_urls.success", HostileJson.string(url));

    HttpResponse<String> answer = http.create(HostileJson.write(body));

    HostileHttp.assertProblemOr201(answer, url);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"field\":\"merchant_urls.success\"");
  }

  /** A placeholder in text that is not a URL is just text: kept verbatim, never filled in. */
  @Test
  void placeholdersInAnOrderLineNameAndAReferenceAreKeptVerbatim() throws Exception {
    String reference = "{{session_id}}-{{-{{unknown}}-" + UUID.randomUUID();
    Map<String, Object> body = HostileJson.validBody(reference);
    HostileJson.set(body, "order_lines.0.name", HostileJson.string("Shirt {{session_id}} {{"));

    HttpResponse<String> created = http.create(HostileJson.write(body));

    HostileHttp.assertProblemOr201(created, "placeholders in text");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> read = http.read(HostileHttp.idOf(created.body()));
    assertThat(field(read.body(), "merchant_reference")).isEqualTo(reference);
  }

  private String field(String page, String name) throws java.io.IOException {
    return (String) map(page).get(name);
  }

  private Map<String, Object> map(String jsonObject) throws java.io.IOException {
    return json.readValue(
        jsonObject.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
  }

  private static String escaped(String text) {
    return HostileJson.string(text).json();
  }
}
