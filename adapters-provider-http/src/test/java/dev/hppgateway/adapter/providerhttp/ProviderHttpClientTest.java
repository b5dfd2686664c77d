package dev.hppgateway.adapter.providerhttp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.ProviderId;
import io.micronaut.http.HttpMethod;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one provider HTTP client against a real loopback server (WireMock). */
class ProviderHttpClientTest {
  private static final ProviderId PROVIDER = ProviderId.of("test-provider");
  private static final String USERNAME = "merchant_user";

  /** Distinctive so a test can prove it never leaks into messages. */
  private static final String PASSWORD = "pw-N0t-In-Messages-7731";

  private static final String TOKEN = "tok-N0t-In-Messages-4242";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  /** A stand-in for a provider's error body: "code|correlation|message1|message2…". */
  private static final ProviderErrorReader PIPES =
      body -> {
        String[] parts = new String(body, StandardCharsets.UTF_8).split("\\|");
        if (parts.length < 2) {
          return null;
        }
        return new ProviderErrorReader.ErrorBody(
            parts[0],
            List.of(parts).subList(2, parts.length),
            parts[1].isEmpty() ? null : parts[1]);
      };

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  private ProviderHttpClient http;

  @BeforeEach
  void setUp() {
    http = client(server.baseUrl(), Duration.ofSeconds(5));
  }

  @AfterEach
  void tearDown() {
    http.close();
  }

  private static ProviderHttpClient client(String baseUrl, Duration readTimeout) {
    return new ProviderHttpClient(
        new ProviderConnection(
            PROVIDER,
            baseUrl,
            ProviderAuth.basic(USERNAME, PASSWORD),
            Duration.ofSeconds(2),
            readTimeout),
        PIPES,
        CLOCK);
  }

  private static String basicAuthHeader() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private Throwable readFails(ResponseDefinitionBuilder answer) {
    server.stubFor(get("/things/1").willReturn(answer));
    Throwable thrown =
        catchThrowable(
            () -> http.call("read thing", HttpMethod.GET, "/things/1", null, JsonNode.class));
    assertThat(thrown).isInstanceOf(ProviderException.class);
    assertNoSecrets(thrown);
    return thrown;
  }

  /** No message along the causes shows the password, the token or the request path. */
  private static void assertNoSecrets(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD, TOKEN, "/things/");
      assertThat(t.toString()).doesNotContain(PASSWORD, TOKEN);
    }
  }

  @Test
  void sendsJsonWithBasicAuthAndDecodesTheAnswer() {
    server.stubFor(
        post("/things")
            .withHeader("Authorization", equalTo(basicAuthHeader()))
            .withHeader("Content-Type", equalTo("application/json"))
            .willReturn(json(201, "{\"id\":\"t-1\"}")));

    JsonNode answer =
        http.call(
            "create thing", HttpMethod.POST, "/things", Map.of("name", "shoe"), JsonNode.class);

    assertThat(answer.get("id").getStringValue()).isEqualTo("t-1");
    server.verify(
        postRequestedFor(urlEqualTo("/things")).withRequestBody(equalTo("{\"name\":\"shoe\"}")));
  }

  /** Regression: the Micronaut client drops its URL's path for request paths starting with "/". */
  @ParameterizedTest
  @ValueSource(strings = {"/sandbox/klarna", "/sandbox/klarna/", "/sandbox/klarna//"})
  void aBaseUrlPathPrefixesEveryCall(String basePath) {
    server.stubFor(
        get(urlEqualTo("/sandbox/klarna/things/1")).willReturn(json(200, "{\"id\":\"t-1\"}")));
    server.stubFor(
        get(urlEqualTo("/things/1")).atPriority(10).willReturn(aResponse().withStatus(418)));

    try (ProviderHttpClient prefixed = client(server.baseUrl() + basePath, Duration.ofSeconds(5))) {
      assertThat(prefixed.call("read thing", HttpMethod.GET, "/things/1", null, JsonNode.class))
          .isNotNull();
      assertThat(prefixed.postForm("token", "/token", Map.of("a", "b")).status()).isEqualTo(404);
    }
    server.verify(postRequestedFor(urlEqualTo("/sandbox/klarna/token")));
  }

  @Test
  void aBearerTokenPerCallReplacesTheConnectionsAuth() {
    server.stubFor(
        get("/things/1")
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .willReturn(json(200, "{}")));

    assertThat(
            http.exchangeAs(
                    ProviderAuth.bearer(TOKEN), "read thing", HttpMethod.GET, "/things/1", null)
                .status())
        .isEqualTo(200);
  }

  @Test
  void formPostsAreUrlEncodedInOrder() {
    server.stubFor(post("/token").willReturn(json(200, "{}")));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", "c-1");
    form.put("client_secret", "s3cr3t+/=&value");
    form.put("grant_type", "client_credentials");

    http.postForm("token request", "/token", form);

    server.verify(
        postRequestedFor(urlEqualTo("/token"))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(
                equalTo(
                    "client_id=c-1&client_secret=s3cr3t%2B%2F%3D%26value&grant_type=client_credentials")));
  }

  @Test
  void extraHeadersAreSent() {
    server.stubFor(post("/things").willReturn(json(201, "{}")));

    http.call(
        "create thing",
        HttpMethod.POST,
        "/things",
        Map.of(),
        JsonNode.class,
        Map.of("Idempotency-Key", "k-1"));

    server.verify(
        postRequestedFor(urlEqualTo("/things")).withHeader("Idempotency-Key", equalTo("k-1")));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void serverErrorsRateLimitsAndRequestTimeoutsAreUnavailable(int status) {
    ProviderUnavailableException e =
        (ProviderUnavailableException)
            readFails(json(status, "CODE-" + status + "|corr-" + status + "|went wrong"));

    assertThat(e.getMessage())
        .contains("read thing")
        .contains(String.valueOf(status))
        .contains("CODE-" + status);
    assertThat(e.correlationId()).isEqualTo("corr-" + status);
    assertThat(e.provider()).isEqualTo(PROVIDER);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void otherFourHundredsAreRejectionsWithTheBodysDetails(int status) {
    ProviderRejectedException e =
        (ProviderRejectedException) readFails(json(status, "BAD|corr-" + status + "|first|second"));

    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo("BAD");
    assertThat(e.messages()).containsExactly("first", "second");
    assertThat(e.correlationId()).isEqualTo("corr-" + status);
  }

  @Test
  void rejectionWithAnUnreadableBodyStillNamesTheStatus() {
    ProviderRejectedException e =
        (ProviderRejectedException)
            readFails(aResponse().withStatus(400).withBody("<html>nope</html>"));

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.errorCode()).isNull();
    assertThat(e.messages()).isEmpty();
    assertThat(e.correlationId()).isNull();
  }

  @Test
  void theCorrelationIdComesFromTheHeadersWhenTheBodyHasNone() {
    ProviderRejectedException e =
        (ProviderRejectedException)
            readFails(json(400, "BAD||oops").withHeader("X-Request-Id", "req-123"));

    assertThat(e.correlationId()).isEqualTo("req-123");
  }

  @Test
  void theBodysCorrelationIdWinsOverTheHeaders() {
    ProviderUnavailableException e =
        (ProviderUnavailableException)
            readFails(json(503, "DOWN|corr-body").withHeader("X-Correlation-Id", "corr-header"));

    assertThat(e.correlationId()).isEqualTo("corr-body");
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void redirectsAreNotFollowedAndAreMalformedAnswers(int status) {
    server.stubFor(get("/elsewhere").willReturn(json(200, "{}")));
    ProviderMalformedAnswerException e =
        (ProviderMalformedAnswerException)
            readFails(
                aResponse()
                    .withStatus(status)
                    .withHeader("Location", server.baseUrl() + "/elsewhere"));

    assertThat(e.getMessage()).contains("read thing").contains("unexpected HTTP " + status);
    server.verify(0, getRequestedFor(urlEqualTo("/elsewhere")));
  }

  @Test
  void retryAfterInSeconds() {
    ProviderUnavailableException e =
        (ProviderUnavailableException) readFails(json(429, "{}").withHeader("Retry-After", "7"));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsAnHttpDate() {
    ProviderUnavailableException e =
        (ProviderUnavailableException)
            readFails(json(503, "{}").withHeader("Retry-After", "Mon, 23 Nov 2026 12:01:30 GMT"));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void anUnreadableRetryAfterIsNone() {
    ProviderUnavailableException e =
        (ProviderUnavailableException) readFails(json(503, "{}").withHeader("Retry-After", "soon"));

    assertThat(e.retryAfter()).isNull();
  }

  @Test
  void readTimeoutIsUnavailable() {
    server.stubFor(get("/things/1").willReturn(json(200, "{}").withFixedDelay(1500)));

    try (ProviderHttpClient impatient = client(server.baseUrl(), Duration.ofMillis(250))) {
      ProviderUnavailableException e =
          catchThrowableOfType(
              ProviderUnavailableException.class,
              () ->
                  impatient.call("read thing", HttpMethod.GET, "/things/1", null, JsonNode.class));

      assertThat(e)
          .hasMessageContaining("read thing")
          .hasMessageContaining("timed out")
          .hasMessageContaining("no answer within PT0.25S");
      assertNoSecrets(e);
    }
  }

  @Test
  void refusedConnectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (ProviderHttpClient nobody =
        client("http://127.0.0.1:" + closedPort, Duration.ofSeconds(1))) {
      ProviderUnavailableException e =
          catchThrowableOfType(
              ProviderUnavailableException.class,
              () -> nobody.call("read thing", HttpMethod.GET, "/things/1", null, JsonNode.class));

      assertThat(e).hasMessageContaining("read thing").hasMessageContaining("could not reach");
      assertThat(e.getCause()).isNull();
      assertNoSecrets(e);
    }
  }

  @Test
  void droppedConnectionIsUnavailable() {
    assertThat(readFails(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
        .isInstanceOf(ProviderUnavailableException.class);
  }

  @Test
  void malformedJsonIsAMalformedAnswerThatDoesNotQuoteTheBody() {
    Throwable e =
        readFails(json(200, "{\"status\":\"COMPLETED\",\"authorization_token\":\"tok-secret\""));

    assertThat(e)
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("read thing");
    assertThat(e.getMessage()).doesNotContain("tok-secret");
  }

  @Test
  void emptySuccessIsAMalformedAnswer() {
    assertThat(readFails(aResponse().withStatus(200)))
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("empty answer");
  }

  @Test
  void jsonNullIsAMalformedAnswer() {
    assertThat(readFails(json(200, "null"))).isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void voidCallsAcceptAnEmptySuccess() {
    server.stubFor(post("/things/1/close").willReturn(aResponse().withStatus(204)));

    assertThat(http.call("close thing", HttpMethod.POST, "/things/1/close", null, Void.class))
        .isNull();
  }

  @Test
  void aThrowingErrorReaderStillMapsTheStatus() {
    server.stubFor(get("/things/1").willReturn(json(409, "x|y")));
    try (ProviderHttpClient broken =
        new ProviderHttpClient(
            new ProviderConnection(PROVIDER, server.baseUrl(), ProviderAuth.none(), null, null),
            body -> {
              throw new IllegalStateException("reader bug");
            })) {
      ProviderRejectedException e =
          catchThrowableOfType(
              ProviderRejectedException.class,
              () -> broken.call("read thing", HttpMethod.GET, "/things/1", null, JsonNode.class));
      assertThat(e.httpStatus()).isEqualTo(409);
    }
  }

  @Test
  void requiredFieldsAndCallbackBodies() {
    assertThat(catchThrowable(() -> http.required(" ", "session_id", "read thing")))
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("session_id");
    assertThat(http.decode("read callback", "{\"a\":1}", JsonNode.class).get("a").getIntValue())
        .isEqualTo(1);
    assertThat(catchThrowable(() -> http.decode("read callback", (String) null, JsonNode.class)))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void onlyUrlsOnTheConfiguredHostAndPathAreFollowed() {
    try (ProviderHttpClient prefixed =
        client(server.baseUrl() + "/sandbox/klarna", Duration.ofSeconds(5))) {
      assertThat(
              prefixed.pathOnOwnHost(
                  server.baseUrl() + "/sandbox/klarna/hpp/v1/sessions/1/distribution?x=1"))
          .isEqualTo("/hpp/v1/sessions/1/distribution?x=1");
      assertThat(prefixed.pathOnOwnHost(server.baseUrl() + "/other/hpp")).isNull();
      assertThat(prefixed.pathOnOwnHost("https://elsewhere.example/sandbox/klarna/hpp")).isNull();
      assertThat(prefixed.pathOnOwnHost(null)).isNull();
    }
  }

  @Test
  void noSecretInToString() {
    ProviderConnection connection =
        new ProviderConnection(
            PROVIDER, "https://api.example/", ProviderAuth.basic(USERNAME, PASSWORD), null, null);
    assertThat(connection.toString()).doesNotContain(PASSWORD).contains(USERNAME);
    assertThat(connection.baseUrl()).isEqualTo("https://api.example");
    assertThat(connection.readTimeout()).isEqualTo(ProviderConnection.DEFAULT_READ_TIMEOUT);
    assertThat(ProviderAuth.bearer(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(
            new ProviderHttpAnswer(200, TOKEN.getBytes(StandardCharsets.UTF_8), null, null)
                .toString())
        .doesNotContain(TOKEN);
  }

  @Test
  void badConnectionsAreRefusedWithoutQuotingSecrets() {
    assertThat(catchThrowable(() -> ProviderAuth.basic(USERNAME, " ")))
        .hasMessage("password is required");
    assertThat(catchThrowable(() -> ProviderConnection.normalizeBaseUrl("ftp://api.example")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            catchThrowable(
                () ->
                    ProviderConnection.normalizeBaseUrl("https://u:" + PASSWORD + "@api.example")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void pathSegmentsAreEncodedSoAnIdCannotChangeTheRoute() {
    assertThat(PathSegment.encode("a/../b c")).isEqualTo("a%2F..%2Fb%20c");
    assertThat(PathSegment.encode("Abc-1.2_3~")).isEqualTo("Abc-1.2_3~");
    assertThat(catchThrowable(() -> PathSegment.encode("")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
