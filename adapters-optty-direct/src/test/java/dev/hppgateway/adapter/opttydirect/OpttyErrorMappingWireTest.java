package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.hppgateway.adapter.opttydirect.OpttyStubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every failure Optty can answer maps to exactly one provider exception, and no message carries the
 * client secret or a bearer token.
 */
class OpttyErrorMappingWireTest extends OpttyWireTest {

  @BeforeEach
  void stubTokens() {
    OpttyStubs.tokens(wm);
  }

  @Test
  void badRequestWithAStringMessage() {
    ProviderRejectedException e =
        rejected(
            createAnswers(
                json(
                        400,
                        "{\"statusCode\":400,\"message\":\"invoiceNumber already exists\",\"error\":\"Bad Request\"}")
                    .withHeader("X-Request-Id", "req-123")));

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("Bad Request");
    assertThat(e.messages()).containsExactly("invoiceNumber already exists");
    assertThat(e.correlationId()).isEqualTo("req-123");
    assertThat(e.getMessage()).contains("invoiceNumber already exists");
  }

  @Test
  void badRequestWithAListOfMessages() {
    ProviderRejectedException e =
        rejected(
            createAnswers(
                json(
                    400,
                    "{\"statusCode\":400,"
                        + "\"message\":[\"email must be an email\",\"price must be a positive number\"],\"error\":\"Bad Request\"}")));

    assertThat(e.messages())
        .containsExactly("email must be an email", "price must be a positive number");
  }

  @Test
  void unauthorizedTwiceIsARejection() {
    ProviderRejectedException e =
        rejected(createAnswers(json(401, "{\"statusCode\":401,\"message\":\"Unauthorized\"}")));

    assertThat(e.httpStatus()).isEqualTo(401);
    wm.verify(2, postRequestedFor(urlEqualTo("/custom/hpp")));
  }

  @Test
  void notFoundOnCreateIsARejection() {
    ProviderRejectedException e =
        rejected(
            createAnswers(
                json(
                    404,
                    "{\"statusCode\":404,\"message\":\"Cannot POST /custom/hpp\",\"error\":\"Not Found\"}")));

    assertThat(e.httpStatus()).isEqualTo(404);
    assertThat(e.messages()).containsExactly("Cannot POST /custom/hpp");
  }

  @Test
  void conflictIsARejection() {
    ProviderRejectedException e =
        rejected(
            createAnswers(
                json(
                    409,
                    "{\"statusCode\":409,\"message\":\"Duplicate invoice number\",\"error\":\"Conflict\"}")));

    assertThat(e.httpStatus()).isEqualTo(409);
    assertThat(e.errorCode()).isEqualTo("Conflict");
  }

  @Test
  void rejectionWithAnUnreadableBodyStillNamesTheStatus() {
    ProviderRejectedException e =
        rejected(createAnswers(aResponse().withStatus(422).withBody("<html>nope</html>")));

    assertThat(e.httpStatus()).isEqualTo(422);
    assertThat(e.messages()).isEmpty();
  }

  @Test
  void tooManyRequestsIsUnavailableWithRetryAfter() {
    ProviderUnavailableException e =
        unavailable(
            createAnswers(
                json(
                        429,
                        "{\"statusCode\":429,\"message\":\"ThrottlerException: Too Many Requests\"}")
                    .withHeader("Retry-After", "30")));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void serverErrorIsUnavailable() {
    ProviderUnavailableException e =
        unavailable(
            createAnswers(json(500, "{\"statusCode\":500,\"message\":\"Internal server error\"}")));

    assertThat(e.getMessage()).contains("500");
    assertThat(e.retryAfter()).isNull();
  }

  @Test
  void readTimeoutIsUnavailable() {
    ProviderUnavailableException e =
        unavailable(createAnswers(json(200, "{}").withFixedDelay(6_000)));

    assertThat(e.getMessage()).contains("timed out");
  }

  @Test
  void droppedConnectionIsUnavailable() {
    unavailable(createAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
  }

  @Test
  void refusedConnectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String nobody = "http://127.0.0.1:" + closedPort;
    reconfigure(
        OpttyStubs.config(wm.baseUrl()).withBaseUrls(URI.create(nobody), URI.create(nobody)));

    unavailable(() -> provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_e1"))));
  }

  @Test
  void malformedJsonIsAMalformedAnswer() {
    Throwable thrown = createAnswers(json(200, "{\"link\": \"https://pay.example/l\", \"id\": "));

    assertThat(thrown).isInstanceOf(ProviderMalformedAnswerException.class);
    assertNoSecrets(thrown);
  }

  @Test
  void nonJsonSuccessIsAMalformedAnswer() {
    assertThat(createAnswers(aResponse().withStatus(200).withBody("OK")))
        .isInstanceOf(ProviderMalformedAnswerException.class);
  }

  @Test
  void orderReadFailuresMapTheSameWay() {
    wm.stubFor(get(urlEqualTo("/orders/inv-1")).willReturn(json(503, "{\"statusCode\":503}")));

    assertThat(catchThrowable(() -> provider.readPage(PageView.of(OpttyDrafts.session("inv-1")))))
        .isInstanceOf(ProviderUnavailableException.class);
  }

  @Test
  void providerMessagesEchoingSecretsAreRedacted() {
    Throwable thrown =
        createAnswers(
            json(
                400,
                "{\"statusCode\":400,\"message\":[\"bad client_secret "
                    + OpttyStubs.CLIENT_SECRET
                    + "\",\"token tok-merchant-1 rejected\"],\"error\":\"Bad "
                    + OpttyStubs.CLIENT_SECRET
                    + "\"}"));

    assertThat(thrown).isInstanceOf(ProviderRejectedException.class);
    assertThat(((ProviderRejectedException) thrown).messages())
        .containsExactly("bad client_secret ***", "token *** rejected");
    assertNoSecrets(thrown);
  }

  @Test
  void tokenEndpointFailuresNeverShowTheSecret() {
    wm.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(
                json(
                    400,
                    "{\"error\":\"invalid_client\",\"error_description\":\"unknown secret "
                        + OpttyStubs.CLIENT_SECRET
                        + "\"}")));

    Throwable thrown =
        catchThrowable(() -> provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_e2"))));

    assertThat(thrown).isInstanceOf(ProviderRejectedException.class);
    assertThat(((ProviderRejectedException) thrown).messages())
        .containsExactly("unknown secret ***");
    assertNoSecrets(thrown);
  }

  @Test
  void configAndProviderToStringHideSecrets() {
    OpttyDirectConfig config = OpttyStubs.config(wm.baseUrl()).withPaymentSecret("pay-secret-9");

    assertThat(config.toString())
        .doesNotContain(OpttyStubs.CLIENT_SECRET, "pay-secret-9")
        .contains("client-123");
    assertThat(provider.toString()).doesNotContain(OpttyStubs.CLIENT_SECRET);
  }

  private Throwable createAnswers(ResponseDefinitionBuilder answer) {
    wm.stubFor(post(urlEqualTo("/custom/hpp")).willReturn(answer));
    Throwable thrown =
        catchThrowable(() -> provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_e0"))));
    assertThat(thrown).isInstanceOf(ProviderException.class);
    assertNoSecrets(thrown);
    return thrown;
  }

  private static ProviderRejectedException rejected(Throwable thrown) {
    assertThat(thrown).isInstanceOf(ProviderRejectedException.class);
    return (ProviderRejectedException) thrown;
  }

  private static ProviderUnavailableException unavailable(Throwable thrown) {
    assertThat(thrown).isInstanceOf(ProviderUnavailableException.class);
    return (ProviderUnavailableException) thrown;
  }

  private static void unavailable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    unavailable(thrown);
    assertNoSecrets(thrown);
  }

  /** Walks the cause chain too: a wrapped exception's message is logged just the same. */
  private static void assertNoSecrets(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()))
          .doesNotContain(OpttyStubs.CLIENT_SECRET, "tok-merchant-1", "tok-api-user-1");
      assertThat(t.toString()).doesNotContain(OpttyStubs.CLIENT_SECRET, "tok-merchant-1");
    }
  }
}
