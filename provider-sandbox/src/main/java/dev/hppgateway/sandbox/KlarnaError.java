package dev.hppgateway.sandbox;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Thrown inside the Klarna/Kustom simulators; becomes the provider's error answer. */
public final class KlarnaError extends ProviderError {

  private final int status;
  private final String code;
  private final List<String> messages;

  public KlarnaError(int status, String code, List<String> messages) {
    super(code + " " + messages);
    this.status = status;
    this.code = code;
    this.messages = List.copyOf(messages);
  }

  public static KlarnaError badValue(List<String> messages) {
    return new KlarnaError(400, "BAD_VALUE", messages);
  }

  public static KlarnaError badValue(String message) {
    return badValue(List.of(message));
  }

  public static KlarnaError notFound(String message) {
    return new KlarnaError(404, "NOT_FOUND", List.of(message));
  }

  public static KlarnaError notAllowed(String message) {
    return new KlarnaError(400, "NOT_ALLOWED", List.of(message));
  }

  public static KlarnaError unauthorized() {
    return new KlarnaError(
        401, "UNAUTHORIZED", List.of("Missing or invalid HTTP Basic credentials"));
  }

  public List<String> messages() {
    return messages;
  }

  public int status() {
    return status;
  }

  @Override
  public MutableHttpResponse<KlarnaErrorBody> toResponse() {
    return response(status, code, messages);
  }

  public static MutableHttpResponse<KlarnaErrorBody> response(
      int status, String code, List<String> messages) {
    String correlationId = Ids.uuid();
    MutableHttpResponse<KlarnaErrorBody> response =
        HttpResponse.<KlarnaErrorBody>status(HttpStatus.valueOf(status))
            .contentType(MediaType.APPLICATION_JSON_TYPE)
            .header("Klarna-Correlation-Id", correlationId)
            .body(new KlarnaErrorBody(code, messages, correlationId));
    if (status == 401) {
      response.header("WWW-Authenticate", "Basic realm=\"sandbox\"");
    }
    return response;
  }
}
