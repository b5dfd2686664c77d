package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Turns the simulators' own exceptions ({@link KlarnaError}, {@link NestError}) into the providers'
 * error shapes, and nothing else.
 */
@Produces
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
final class ProviderErrorHandler implements ExceptionHandler<ProviderError, HttpResponse<?>> {

  @Override
  public HttpResponse<?> handle(HttpRequest request, ProviderError exception) {
    return exception.toResponse();
  }
}
