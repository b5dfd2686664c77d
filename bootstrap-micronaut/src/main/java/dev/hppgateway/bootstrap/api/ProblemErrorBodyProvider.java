package dev.hppgateway.bootstrap.api;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Micronaut's own errors (malformed JSON, wrong types, missing body, unknown route, wrong method,
 * unsupported media type, body too large…) as problem+json too. Their messages can name Java types,
 * so the detail is a fixed sentence per status, never the framework's text.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
@Requires(env = Application.ENVIRONMENT)
public class ProblemErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

  @Override
  public Problem body(ErrorContext context, HttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    return Problems.problem(status, type(status), detail(status), null, null);
  }

  @Override
  public String contentType() {
    return Problem.MEDIA_TYPE;
  }

  private static String type(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "malformed-request";
      case NOT_FOUND -> "not-found";
      case METHOD_NOT_ALLOWED -> "method-not-allowed";
      case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
      case REQUEST_ENTITY_TOO_LARGE -> "body-too-large";
      default -> null;
    };
  }

  private static String detail(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST ->
          "The request could not be read: the body must be JSON with the documented field types";
      case NOT_FOUND -> "No such resource";
      case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
      case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large";
      case NOT_ACCEPTABLE -> "This resource answers application/json";
      default -> status.getCode() >= 500 ? "An internal error occurred" : status.getReason();
    };
  }
}
