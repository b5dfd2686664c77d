package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.adapter.providerhttp.ProviderErrorReader;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;

/**
 * Reads the error body Klarna and Kustom share ({@link KlarnaErrorBody}); the status decides the
 * exception kind, this only supplies the code, messages and correlation id.
 */
final class KlarnaErrorReader implements ProviderErrorReader {
  private final ObjectMapper json = ObjectMapper.getDefault();

  @Override
  public ErrorBody read(byte[] body) {
    try {
      KlarnaErrorBody error = json.readValue(body, Argument.of(KlarnaErrorBody.class));
      return error == null
          ? null
          : new ErrorBody(error.errorCode(), error.errorMessages(), error.correlationId());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
