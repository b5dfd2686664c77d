package dev.hppgateway.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.in.CapabilityNotSupportedException;
import dev.hppgateway.application.port.in.IdempotencyConflictException;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.IllegalHppTransitionException;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.RefundExceedsRefundableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each core exception maps to the status and problem the API reference gives it. */
class ApiExceptionHandlersTest {
  private static final ProviderId KP = ProviderId.of("klarna-kp");

  @Test
  void providerFailuresAre502WithTheCorrelationIdOr503WithRetryAfter() {
    ApiExceptionHandlers.Provider handler = new ApiExceptionHandlers.Provider();

    HttpResponse<Problem> rejected =
        handler.handle(
            request(),
            new ProviderRejectedException(KP, 400, "BAD_VALUE", List.of("bad"), "corr-1"));
    assertThat(rejected.code()).isEqualTo(502);
    assertThat(rejected.body().correlationId()).isEqualTo("corr-1");
    // the request log names it
    HttpRequest<?> logged = HttpRequest.POST("/v1/hpp-sessions", "");
    handler.handle(logged, new ProviderRejectedException(KP, 400, "BAD", List.of("bad"), "corr-9"));
    assertThat(logged.getAttribute(ApiRequestAttributes.PROVIDER_CORRELATION_ID, String.class))
        .hasValue("corr-9");

    HttpResponse<Problem> malformed =
        handler.handle(
            request(), new ProviderMalformedAnswerException(KP, "not json", "corr-2", null));
    assertThat(malformed.code()).isEqualTo(502);

    HttpResponse<Problem> slowDown =
        handler.handle(
            request(),
            new ProviderUnavailableException(
                KP, "rate limited", "corr-3", Duration.ofSeconds(30), null));
    assertThat(slowDown.code()).isEqualTo(503);
    assertThat(slowDown.header("Retry-After")).isEqualTo("30");
    assertThat(slowDown.body().correlationId()).isEqualTo("corr-3");

    HttpResponse<Problem> down =
        handler.handle(
            request(), new ProviderUnavailableException(KP, "timeout", null, null, null));
    assertThat(down.code()).as("no retry-after: a plain gateway error").isEqualTo(502);
  }

  @Test
  void stateConflictsAre409AndWhatTheProviderCannotDoIs422() {
    HppSessionId id = HppSessionId.of("hpp_1");
    assertThat(
            new ApiExceptionHandlers.IllegalTransition()
                .handle(
                    null,
                    new IllegalHppTransitionException(id, HppStatus.COMPLETED, HppStatus.DISABLED))
                .code())
        .isEqualTo(409);
    assertThat(
            new ApiExceptionHandlers.Capability()
                .handle(null, new CapabilityNotSupportedException(KP, "refund"))
                .code())
        .isEqualTo(422);
    assertThat(
            new ApiExceptionHandlers.Idempotency()
                .handle(null, new IdempotencyConflictException(true))
                .code())
        .isEqualTo(409);
    assertThat(
            new ApiExceptionHandlers.Idempotency()
                .handle(null, new IdempotencyConflictException(false))
                .code())
        .isEqualTo(422);
  }

  @Test
  void aRefundOverTheRefundableRestIsA409NamingTheAmountField() {
    HttpResponse<Problem> answer =
        new ApiExceptionHandlers.RefundExceeds()
            .handle(
                null,
                new RefundExceedsRefundableException(
                    HppSessionId.of("hpp_1"), Money.of(9_501, "SEK"), Money.of(9_500, "SEK")));

    assertThat(answer.code()).isEqualTo(409);
    Problem problem = answer.body();
    assertThat(problem.type()).isEqualTo(Problems.TYPE_BASE + "refund-exceeds-refundable");
    assertThat(problem.errors())
        .containsExactly(new Problem.FieldError("amount", "exceeds the refundable 9500"));
  }

  private static HttpRequest<?> request() {
    return HttpRequest.POST("/v1/hpp-sessions", "");
  }
}
