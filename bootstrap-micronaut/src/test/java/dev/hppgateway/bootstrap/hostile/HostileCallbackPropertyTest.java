package dev.hppgateway.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 12, hostile callbacks. Through real HTTP to the running service (sandbox mode, Optty's
 * account-wide callback secret set, so a body reaches the Optty adapter's parser): random bytes and
 * mutated Optty webhooks (wrong types, extreme numbers, unicode, deep nesting) to the account URL,
 * and any path under {@code /callbacks/}, are answered 204, 400 or 404 (past the 4 096-byte request
 * line the server may close the connection instead), never a 5xx or a hang. In process, on every
 * configured adapter (Klarna KP, Kustom KCO, Optty Direct): {@code parseCallback} of any path and
 * body returns a hint or nothing, or refuses with {@link ProviderMalformedAnswerException} (the
 * controller's 400), never another exception; and {@link CallbackUrl#parse} reads any path and
 * query without throwing.
 */
class HostileCallbackPropertyTest {
  /** Registered in TestSecrets.FIXED, so SecretsNeverLoggedIT would find it in a log. */
  private static final String OPTTY_CALLBACK_SECRET = "o-callback-secret";

  private static final String ACCOUNT_PATH = "/callbacks/optty-direct/p/" + OPTTY_CALLBACK_SECRET;
  private static final List<String> OPTTY_PATHS =
      List.of(
          "id",
          "event",
          "data",
          "data.initiator",
          "data.status",
          "data.orderReference",
          "data.metadata",
          "data.metadata.invoiceNumber");
  private static final List<String> HPP_PATHS =
      List.of("event_id", "session", "session.session_id", "session.status");

  private static EmbeddedServer server;
  private static HostileHttp http;
  private static List<PaymentProvider> providers;

  @BeforeContainer
  static void startService() {
    int port = HostileHttp.freePort();
    Map<String, Object> properties =
        new LinkedHashMap<>(HostileHttp.serviceProperties(port, "hostile-callbacks"));
    properties.put("hpp.providers.optty-direct.callback-secret", OPTTY_CALLBACK_SECRET);
    server = ApplicationContext.run(EmbeddedServer.class, properties, Application.ENVIRONMENT);
    http = new HostileHttp(port);
    providers = List.copyOf(server.getApplicationContext().getBeansOfType(PaymentProvider.class));
    assertThat(providers).hasSizeGreaterThanOrEqualTo(3);
  }

  @AfterContainer
  static void stopService() {
    if (server != null) {
      server.close();
    }
  }

  @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
  void anyBodyToTheOpttyAccountCallbackIsA204OrA400(
      @ForAll("callbackBodies") byte[] body, @ForAll("contentTypes") String contentType)
      throws Exception {
    HttpResponse<String> answer = http.post(ACCOUNT_PATH, body, contentType);

    assertThat(answer.statusCode())
        .as(HostileHttp.abbreviate(new String(body, StandardCharsets.UTF_8)))
        .isIn(204, 400);
  }

  @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
  void anyPathUnderCallbacksIsAnsweredWithoutA5xx(@ForAll("callbackPaths") String path)
      throws Exception {
    byte[] body = "{\"event_id\":\"e\",\"session\":{}}".getBytes(StandardCharsets.UTF_8);

    Optional<HttpResponse<String>> answer = http.postOrClosed(path, body, "application/json");

    if (path.length() < 4_000) {
      assertThat(answer).as(path + ": answered, not closed").isPresent();
    }
    answer.ifPresent(
        a -> assertThat(a.statusCode()).as(path + " -> " + a.body()).isBetween(200, 499));
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void eachAdapterParsesAnyCallbackOrRefusesItAsMalformed(
      @ForAll("callbackBodies") byte[] body, @ForAll("restPaths") String rest) {
    String text = new String(body, StandardCharsets.UTF_8);
    for (PaymentProvider provider : providers) {
      ProviderCallback callback =
          new ProviderCallback(rest, Map.of("content-type", "application/json"), text);
      try {
        Optional<?> hint = provider.parseCallback(callback);
        assertThat(hint).as(provider.id() + " answers an Optional").isNotNull();
      } catch (ProviderMalformedAnswerException refused) {
        assertThat(refused.getMessage()).as(provider.id() + " says why").isNotBlank();
      }
    }
  }

  @Property(tries = 500)
  void callbackUrlParseReadsAnyPathAndQueryWithoutThrowing(
      @ForAll("callbackPaths") String path, @ForAll("queries") String query) {
    assertThatCode(() -> CallbackUrl.parse(path, query)).doesNotThrowAnyException();
  }

  @Property(tries = 300)
  void aParsedCallbackUrlNeverShowsItsSecret(
      @ForAll("callbackPaths") String path, @ForAll("queries") String query) {
    String secret = "S3cr3t" + Integer.toHexString(path.hashCode());
    String withSecret = path.replace(OPTTY_CALLBACK_SECRET, secret);
    CallbackUrl.parse(withSecret, query)
        .filter(url -> url.secret().equals(secret))
        .ifPresent(url -> assertThat(url.toString()).doesNotContain("S3cr3t"));
  }

  @Provide
  Arbitrary<byte[]> callbackBodies() {
    Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    Arbitrary<byte[]> opttyJson = mutated(opttyWebhook(), OPTTY_PATHS);
    Arbitrary<byte[]> hppJson = mutated(hppCallback(), HPP_PATHS);
    Arbitrary<byte[]> whole =
        Arbitraries.of(
                "",
                "null",
                "[]",
                "\"x\"",
                "1e400",
                "{",
                "{\"data\":",
                HostileJson.nestedArrays(5_000).json(),
                HostileJson.nestedObjects(5_000).json(),
                "{\"data\":" + HostileJson.nestedObjects(900).json() + "}",
                "{\"data\":{\"initiator\":\"payment-link\",\"metadata\":{\"invoiceNumber\":\""
                    + "9".repeat(200_000)
                    + "\"}}}")
            .map(text -> text.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(
        Tuple.of(2, randomBytes), Tuple.of(4, opttyJson), Tuple.of(3, hppJson), Tuple.of(1, whole));
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of(
        "application/json",
        "text/plain",
        "application/octet-stream",
        "application/x-www-form-urlencoded");
  }

  @Provide
  Arbitrary<String> restPaths() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "/push", "/push?order_id=", "/push?order_id=%zz", "/push?order_id=o-1"),
        Arbitraries.strings().all().ofMaxLength(30).map(s -> "/push?" + s),
        Arbitraries.strings().all().ofMaxLength(30));
  }

  /** Paths under /callbacks/ made of odd segments, percent-encoded as a client would send them. */
  @Provide
  Arbitrary<String> callbackPaths() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.of(
                "klarna-kp",
                "kustom-kco",
                "optty-direct",
                "nope",
                "m",
                "p",
                "",
                "..",
                "push",
                OPTTY_CALLBACK_SECRET,
                "%00",
                "%ff",
                "%2F",
                "%7B%7Bsession_id%7D%7D",
                "x".repeat(3_000)),
            Arbitraries.strings()
                .all()
                .ofMaxLength(12)
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")));
    return segment.list().ofMaxSize(6).map(segments -> "/callbacks/" + String.join("/", segments));
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.strings().all().ofMaxLength(20).injectNull(0.2);
  }

  private static Arbitrary<byte[]> mutated(Map<String, Object> template, List<String> paths) {
    Arbitrary<Tuple.Tuple2<String, Object>> mutation =
        Combinators.combine(
                Arbitraries.of(paths),
                HostileCreateBodyPropertyTest.hostileValues().injectNull(0.1))
            .as(Tuple::of);
    return mutation
        .list()
        .ofMaxSize(3)
        .map(
            mutations -> {
              Map<String, Object> body = deepCopy(template);
              mutations.forEach(m -> HostileJson.set(body, m.get1(), m.get2()));
              return HostileJson.write(body).getBytes(StandardCharsets.UTF_8);
            });
  }

  private static Map<String, Object> opttyWebhook() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("invoiceNumber", HostileJson.string("inv-404"));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("initiator", HostileJson.string("payment-link"));
    data.put("status", HostileJson.string("SUCCESSFUL"));
    data.put("orderReference", HostileJson.string("order-1"));
    data.put("metadata", metadata);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", HostileJson.string("evt-1"));
    body.put("event", HostileJson.string("ORDER_STATUS_UPDATE"));
    body.put("data", data);
    return body;
  }

  private static Map<String, Object> hppCallback() {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("session_id", HostileJson.string("hpp-404"));
    session.put("status", HostileJson.string("COMPLETED"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event_id", HostileJson.string("evt-1"));
    body.put("session", session);
    return body;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach(
        (key, value) ->
            copy.put(
                key,
                value instanceof Map<?, ?> inner
                    ? deepCopy((Map<String, Object>) inner)
                    : value instanceof List<?> list ? new ArrayList<>(list) : value));
    return copy;
  }
}
