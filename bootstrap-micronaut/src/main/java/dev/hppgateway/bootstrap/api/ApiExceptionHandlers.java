package dev.hppgateway.bootstrap.api;

import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.HppSessionNotFoundException;
import dev.hppgateway.application.port.in.HppSessionNotOpenException;
import dev.hppgateway.application.port.in.IdempotencyConflictException;
import dev.hppgateway.application.port.in.UnknownProviderException;
import dev.hppgateway.application.port.in.WebhookEventNotFoundException;
import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.IllegalHppTransitionException;
import dev.hppgateway.domain.RefundExceedsRefundableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one set of exception handlers of the merchant API: each core exception becomes an RFC 9457
 * problem with the status the API reference gives it. Details are the exceptions' own messages,
 * which the core keeps free of secrets; never a stack trace or class name.
 */
public final class ApiExceptionHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandlers.class);

  private ApiExceptionHandlers() {}

  /** 400 naming the field (an unknown provider is one: the field is {@code provider}). */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class Validation
      implements ExceptionHandler<DomainValidationException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainValidationException e) {
      return Problems.response(
          HttpStatus.BAD_REQUEST,
          e instanceof UnknownProviderException ? "unknown-provider" : "validation",
          e.getMessage(),
          List.of(new Problem.FieldError(e.field(), e.reason())),
          null);
    }
  }

  /** 404: an unknown id, or another merchant's page (never 403, never its data). */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class NotFound
      implements ExceptionHandler<HppSessionNotFoundException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, HppSessionNotFoundException e) {
      return Problems.response(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }
  }

  /** 404: an unknown webhook event id, or another merchant's event (never 403, never its data). */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class WebhookEventNotFound
      implements ExceptionHandler<WebhookEventNotFoundException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, WebhookEventNotFoundException e) {
      return Problems.response(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }
  }

  /** 409: the page's status forbids the action. */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class IllegalTransition
      implements ExceptionHandler<IllegalHppTransitionException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IllegalHppTransitionException e) {
      return Problems.response(HttpStatus.CONFLICT, "invalid-state", e.getMessage());
    }
  }

  /**
   * 409: the refund asks for more than the page still has to give back. The request is well formed
   * but the refunds already made forbid it (the same body was fine before them), so it is a state
   * conflict; {@code errors[]} still names {@code amount} and the refundable rest.
   */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class RefundExceeds
      implements ExceptionHandler<RefundExceedsRefundableException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RefundExceedsRefundableException e) {
      return Problems.response(
          HttpStatus.CONFLICT,
          "refund-exceeds-refundable",
          e.getMessage(),
          List.of(new Problem.FieldError(e.field(), e.reason())),
          null);
    }
  }

  /** 409: the page is final and can no longer be used. */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class NotOpen
      implements ExceptionHandler<HppSessionNotOpenException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, HppSessionNotOpenException e) {
      return Problems.response(HttpStatus.CONFLICT, "invalid-state", e.getMessage());
    }
  }

  /** 422: the provider cannot do what was asked. */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class Capability
      implements ExceptionHandler<CapabilityNotSupportedException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CapabilityNotSupportedException e) {
      return Problems.response(
          HttpStatus.UNPROCESSABLE_ENTITY, "capability-not-supported", e.getMessage());
    }
  }

  /** 409 while the first request with the key runs; 422 when the key came with another body. */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class Idempotency
      implements ExceptionHandler<IdempotencyConflictException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IdempotencyConflictException e) {
      return e.inProgress()
          ? Problems.response(HttpStatus.CONFLICT, "idempotency-in-flight", e.getMessage())
          : Problems.response(
              HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", e.getMessage());
    }
  }

  /**
   * 502 with the provider's correlation id; 503 with {@code Retry-After} when the provider is
   * unavailable and said when to come back.
   */
  @Singleton
  @Produces
  @Requires(env = Application.ENVIRONMENT)
  public static class Provider
      implements ExceptionHandler<ProviderException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProviderException e) {
      LOG.warn(
          "provider {} failed (correlation id {}): {}",
          e.provider(),
          e.correlationId(),
          e.getMessage());
      if (e.correlationId() != null) {
        request.setAttribute(ApiRequestAttributes.PROVIDER_CORRELATION_ID, e.correlationId());
      }
      if (e instanceof ProviderUnavailableException unavailable
          && unavailable.retryAfter() != null) {
        Duration retryAfter = unavailable.retryAfter();
        MutableHttpResponse<Problem> response =
            Problems.response(
                HttpStatus.SERVICE_UNAVAILABLE,
                "provider-unavailable",
                "provider " + e.provider() + " is unavailable; retry later",
                null,
                e.correlationId());
        response.header("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
        return response;
      }
      return Problems.response(
          HttpStatus.BAD_GATEWAY,
          "provider-error",
          "provider " + e.provider() + " failed to answer the request",
          null,
          e.correlationId());
    }
  }
}
