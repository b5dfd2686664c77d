package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns the simulators' own exceptions into the providers' error shapes (and nothing else). */
final class ProviderErrorHandlers {

    private ProviderErrorHandlers() {
    }

    @Produces
    @Singleton
    @Requires(property = SandboxSettings.ENABLED, value = "true")
    static class Klarna implements ExceptionHandler<KlarnaError, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, KlarnaError exception) {
            return exception.toResponse();
        }
    }

    @Produces
    @Singleton
    @Requires(property = SandboxSettings.ENABLED, value = "true")
    static class Nest implements ExceptionHandler<NestError, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, NestError exception) {
            return exception.toResponse();
        }
    }
}
