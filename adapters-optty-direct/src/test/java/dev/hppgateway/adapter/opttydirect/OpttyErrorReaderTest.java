package dev.hppgateway.adapter.opttydirect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.providerhttp.ProviderErrorReader.ErrorBody;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Optty's (NestJS and OAuth) error bodies as the failure's details: the error, the message or the
 * list of validation messages (at most 20, each at most 500 characters), the OAuth description; the
 * client secret and the tokens are masked wherever the server echoes them; a body that is not a
 * JSON object gives nothing.
 */
class OpttyErrorReaderTest {
  private static final String SECRET = "cs-Secret-123";
  private final OpttySecrets secrets = new OpttySecrets(SECRET);
  private final OpttyErrorReader reader = new OpttyErrorReader(secrets);

  @Test
  void aNestJsErrorGivesItsErrorAndMessage() {
    assertThat(read("{\"statusCode\":404,\"message\":\"Order not found\",\"error\":\"Not Found\"}"))
        .isEqualTo(new ErrorBody("Not Found", List.of("Order not found"), null));
  }

  @Test
  void validationMessagesAreListedInOrder() {
    assertThat(
            read(
                "{\"statusCode\":400,\"message\":[\"amount must be positive\",7,{\"a\":1}],"
                    + "\"error\":\"Bad Request\"}"))
        .isEqualTo(
            new ErrorBody(
                "Bad Request", List.of("amount must be positive", "7", "{\"a\":1}"), null));
  }

  @Test
  void atMostTwentyMessagesAreKept() {
    String many =
        IntStream.range(0, 25).mapToObj(i -> "\"m" + i + "\"").collect(Collectors.joining(","));
    List<String> messages = read("{\"message\":[" + many + "]}").messages();
    assertThat(messages).hasSize(20).startsWith("m0").endsWith("m19");
  }

  @Test
  void aMessageIsClippedAt500Characters() {
    String longest = "a".repeat(500);
    assertThat(read("{\"message\":\"" + longest + "\"}").messages()).containsExactly(longest);
    assertThat(read("{\"message\":[\"" + longest + "b\"]}").messages())
        .containsExactly(longest + "…");
  }

  @Test
  void anOAuthErrorGivesItsDescription() {
    assertThat(read("{\"error\":\"invalid_client\",\"error_description\":\"Bad credentials\"}"))
        .isEqualTo(new ErrorBody("invalid_client", List.of("Bad credentials"), null));
    assertThat(read("{\"error\":\"invalid_client\"}"))
        .isEqualTo(new ErrorBody("invalid_client", List.of(), null));
  }

  @Test
  void secretsEchoedBackAreMasked() {
    secrets.rememberToken("tok-ABC");
    ErrorBody body =
        read(
            "{\"error\":\"bad "
                + SECRET
                + "\",\"message\":[\"secret "
                + SECRET
                + " and token tok-ABC\"]}");
    assertThat(body.code()).isEqualTo("bad ***");
    assertThat(body.messages()).containsExactly("secret *** and token ***");
    assertThat(read("{\"message\":\"echo " + SECRET + "\"}").messages())
        .containsExactly("echo ***");
    assertThat(read("{\"error_description\":\"echo " + SECRET + "\"}").messages())
        .containsExactly("echo ***");
  }

  @Test
  void aBodyThatIsNotAJsonObjectGivesNothing() {
    assertThat(read("[\"a\"]")).isNull();
    assertThat(read("\"text\"")).isNull();
    assertThat(read("<html>bad gateway</html>")).isNull();
  }

  private ErrorBody read(String body) {
    return reader.read(body.getBytes(StandardCharsets.UTF_8));
  }
}
