package dev.hppgateway.adapter.hppv1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.providerhttp.ProviderErrorReader.ErrorBody;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Klarna's and Kustom's error body as the failure's details: the code, the messages and the
 * correlation id; a body of another shape gives nothing (the status alone is mapped), never an
 * exception.
 */
class KlarnaErrorReaderTest {
  private final KlarnaErrorReader reader = new KlarnaErrorReader();

  @Test
  void readsTheCodeTheMessagesAndTheCorrelationId() {
    assertThat(
            read(
                "{\"error_code\":\"BAD_VALUE\",\"error_messages\":[\"Bad value: order_amount\","
                    + "\"Bad value: order_lines\"],\"correlation_id\":\"c-1\"}"))
        .isEqualTo(
            new ErrorBody(
                "BAD_VALUE", List.of("Bad value: order_amount", "Bad value: order_lines"), "c-1"));
  }

  @Test
  void missingPartsAreAbsentNotErrors() {
    assertThat(read("{\"error_code\":\"NOT_FOUND\"}"))
        .isEqualTo(new ErrorBody("NOT_FOUND", List.of(), null));
  }

  @Test
  void aBodyOfAnotherShapeGivesNothing() {
    assertThat(read("null")).isNull();
    assertThat(read("<html>502 Bad Gateway</html>")).isNull();
    assertThat(read("[1,2]")).isNull();
  }

  private ErrorBody read(String body) {
    return reader.read(body.getBytes(StandardCharsets.UTF_8));
  }
}
