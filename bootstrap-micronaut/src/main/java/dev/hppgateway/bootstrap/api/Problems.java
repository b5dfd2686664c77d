package dev.hppgateway.bootstrap.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds problem+json answers; the problem types are URIs under {@value #TYPE_BASE}. */
public final class Problems {
  public static final String TYPE_BASE = "https://hpp-gateway.dev/problems/";

  private Problems() {}

  public static MutableHttpResponse<Problem> response(
      HttpStatus status, String type, String detail) {
    return response(status, type, detail, null, null);
  }

  public static MutableHttpResponse<Problem> response(
      HttpStatus status,
      String type,
      String detail,
      List<Problem.FieldError> errors,
      String correlationId) {
    return HttpResponse.<Problem>status(status)
        .contentType(MediaType.of(Problem.MEDIA_TYPE))
        .body(problem(status, type, detail, errors, correlationId));
  }

  public static Problem problem(
      HttpStatus status,
      String type,
      String detail,
      List<Problem.FieldError> errors,
      String correlationId) {
    return new Problem(
        type == null ? "about:blank" : TYPE_BASE + type,
        status.getReason(),
        status.getCode(),
        detail,
        errors == null || errors.isEmpty() ? null : List.copyOf(errors),
        correlationId);
  }

  public static MutableHttpResponse<Problem> validation(String field, String message) {
    return response(
        HttpStatus.BAD_REQUEST,
        "validation",
        field + ": " + message,
        List.of(new Problem.FieldError(field, message)),
        null);
  }
}
