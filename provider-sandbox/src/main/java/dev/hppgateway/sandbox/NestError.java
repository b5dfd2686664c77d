package dev.hppgateway.sandbox;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown inside the Optty simulator; becomes a NestJS error answer {@code {statusCode, message,
 * error}}, where {@code message} is a string or, for validation failures, a list of strings.
 */
public final class NestError extends ProviderError {

  private final int status;
  private final Object message;

  private NestError(int status, Object message) {
    super(status + " " + message);
    this.status = status;
    this.message = message;
  }

  public static NestError of(int status, String message) {
    return new NestError(status, message);
  }

  public static NestError validation(List<String> messages) {
    return new NestError(400, List.copyOf(messages));
  }

  @Override
  public MutableHttpResponse<Map<String, Object>> toResponse() {
    return response(status, message);
  }

  public static MutableHttpResponse<Map<String, Object>> response(int status, Object message) {
    HttpStatus httpStatus = HttpStatus.valueOf(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("statusCode", status);
    body.put("message", message);
    body.put("error", httpStatus.getReason());
    return HttpResponse.<Map<String, Object>>status(httpStatus)
        .contentType(MediaType.APPLICATION_JSON_TYPE)
        .body(body);
  }
}
