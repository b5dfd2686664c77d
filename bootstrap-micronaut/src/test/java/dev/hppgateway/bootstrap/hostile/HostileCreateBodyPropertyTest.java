package dev.hppgateway.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.hostile.HostileJson.Raw;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 12, hostile input on the JSON API: jqwik mutates a valid Klarna create body (1 to 3 fields:
 * a wrong type, an extreme number such as 1e400 or 2^63, unicode edge cases such as lone surrogates
 * and NUL, placeholder and SQL-looking text, any generated string, a 100 000-character string,
 * 200-deep nesting, a removed field), sometimes cuts the JSON short, and posts it to the running
 * service (sandbox mode, one per class, started here because jqwik runs without
 * {@code @MicronautTest}). Every answer is a 201 or a 4xx problem+json without internals, whose
 * validation errors name a field; never a 5xx, never a hang (each call times out after 20 s). When
 * a mutated merchant_reference is accepted, reading the page back gives it unchanged.
 */
class HostileCreateBodyPropertyTest {
  private static EmbeddedServer server;
  private static HostileHttp http;
  private static JsonMapper json;

  @BeforeContainer
  static void startService() {
    int port = HostileHttp.freePort();
    server = HostileHttp.start(port, "hostile-property");
    http = new HostileHttp(port);
    json = server.getApplicationContext().getBean(JsonMapper.class);
  }

  @AfterContainer
  static void stopService() {
    if (server != null) {
      server.close();
    }
  }

  /** One change to a field: its path and its new value ({@code null} removes the field). */
  record Mutation(String path, Object value) {
    @Override
    public String toString() {
      String shown = value == null ? "(removed)" : HostileHttp.abbreviate(HostileJson.write(value));
      return path + "=" + shown;
    }
  }

  @Property(tries = 250, shrinking = ShrinkingMode.BOUNDED)
  void aHostileCreateBodyIsA201OrA4xxProblemNeverA5xx(
      @ForAll("mutations") List<Mutation> mutations, @ForAll("cuts") int cut) throws Exception {
    String reference = "hostile-" + UUID.randomUUID();
    Map<String, Object> body = HostileJson.validBody(reference);
    for (Mutation mutation : mutations) {
      HostileJson.set(body, mutation.path(), mutation.value());
    }
    String text = HostileJson.write(body);
    if (cut > 0 && cut < text.length()) {
      text = text.substring(0, cut);
    }

    HttpResponse<String> answer = http.create(text);

    HostileHttp.assertProblemOr201(answer, mutations + (cut > 0 ? " cut at " + cut : ""));
    if (answer.statusCode() == 201) {
      String id = HostileHttp.idOf(answer.body());
      HttpResponse<String> read = http.read(id);
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      Object sent = merchantReferenceSent(body);
      if (sent instanceof Raw raw && raw.json().startsWith("\"")) {
        String expected = json.readValue(raw.json(), Argument.STRING);
        assertThat(readBack(read.body())).as(mutations.toString()).isEqualTo(expected);
      }
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<String> paths = Arbitraries.of(HostileJson.PATHS);
    Arbitrary<Mutation> mutation =
        Combinators.combine(paths, hostileValues().injectNull(0.05)).as(Mutation::new);
    return mutation.list().ofMinSize(1).ofMaxSize(3);
  }

  /** Mostly 0 (the whole body); now and then a position to cut the JSON text at. */
  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 600)));
  }

  static Arbitrary<Object> hostileValues() {
    Arbitrary<Object> wrongTypes = Arbitraries.of(HostileValues.WRONG_TYPES).map(v -> v);
    Arbitrary<Object> numbers = Arbitraries.of(HostileValues.EXTREME_NUMBERS).map(v -> v);
    Arbitrary<Object> unicode =
        Arbitraries.of(HostileValues.UNICODE).map(text -> (Object) HostileJson.string(text));
    Arbitrary<Object> injections =
        Arbitraries.of(HostileValues.INJECTIONS).map(text -> (Object) HostileJson.string(text));
    Arbitrary<Object> anyString =
        Arbitraries.strings().all().ofMaxLength(40).map(text -> (Object) HostileJson.string(text));
    Arbitrary<Object> huge =
        Arbitraries.of(300, 20_000, 100_000)
            .map(length -> (Object) HostileJson.string("x".repeat(length)));
    Arbitrary<Object> nested =
        Arbitraries.of(
            (Object) HostileJson.nestedArrays(200),
            HostileJson.nestedObjects(200),
            HostileJson.nestedArrays(2_000));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, wrongTypes),
        net.jqwik.api.Tuple.of(4, numbers),
        net.jqwik.api.Tuple.of(4, unicode),
        net.jqwik.api.Tuple.of(3, injections),
        net.jqwik.api.Tuple.of(3, anyString),
        net.jqwik.api.Tuple.of(1, huge),
        net.jqwik.api.Tuple.of(1, nested));
  }

  private static Object merchantReferenceSent(Map<String, Object> body) {
    return body.get("merchant_reference");
  }

  private static String readBack(String pageJson) throws java.io.IOException {
    Map<String, Object> page =
        json.readValue(
            pageJson.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
    return (String) page.get("merchant_reference");
  }
}
