package dev.hppgateway.bootstrap.callback;

import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.ops.CallbackMetrics;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where providers report status changes. Callbacks are unsigned hints: the use case checks the
 * path's secret and reads the provider before changing anything. Answers: 204 when handled (or
 * duplicate / not about a page), 404 for a wrong secret or unknown page, 400 for an unreadable
 * body, 503 when the provider's read does not yet show the final status the callback reports, and
 * 502 when the provider could not be read back; on both the provider retries later. Runs on the
 * blocking pool because handling calls the provider.
 */
@Controller("/callbacks")
@Requires(env = Application.ENVIRONMENT)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProviderCallbackController {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderCallbackController.class);

  private final HandleProviderCallbackUseCase callbacks;
  private final CallbackMetrics metrics;

  public ProviderCallbackController(
      HandleProviderCallbackUseCase callbacks, CallbackMetrics metrics) {
    this.callbacks = callbacks;
    this.metrics = metrics;
  }

  /**
   * The HTTP answer a provider understands for each outcome (shared with the embedded demo's
   * receiver).
   */
  public static int status(CallbackOutcome outcome) {
    switch (outcome) {
      case REJECTED:
        return HttpStatus.NOT_FOUND.getCode();
      case NOT_YET_CONFIRMED:
        return HttpStatus.SERVICE_UNAVAILABLE.getCode();
      default:
        return HttpStatus.NO_CONTENT.getCode();
    }
  }

  private static HttpResponse<?> answer(CallbackOutcome outcome) {
    return HttpResponse.status(HttpStatus.valueOf(status(outcome)));
  }

  @Operation(
      summary = "A provider reports a status change",
      description =
          "For the providers, not for merchants: the URL (with its secret) is the one the gateway"
              + " gave the provider, /callbacks/{provider}/... The gateway reads the provider"
              + " before changing anything.")
  @ApiResponse(responseCode = "204", description = "Handled, a duplicate, or not about a page")
  @ApiResponse(responseCode = "400", description = "Unreadable body")
  @ApiResponse(responseCode = "404", description = "Wrong secret or unknown page")
  @ApiResponse(responseCode = "502", description = "The provider could not be read back")
  @ApiResponse(
      responseCode = "503",
      description = "The provider's read does not show the reported final status yet")
  @Post(uri = "/{+path}", consumes = MediaType.ALL)
  HttpResponse<?> receive(
      @PathVariable String path, HttpRequest<?> request, @Nullable @Body String body) {
    ReceivedCallback callback =
        new ReceivedCallback(
            request.getUri().getRawPath(),
            request.getUri().getRawQuery(),
            request.getHeaders().asMap(),
            body);
    try {
      CallbackOutcome outcome = callbacks.handle(callback);
      metrics.record(path, outcome.name());
      return answer(outcome);
    } catch (ProviderMalformedAnswerException e) {
      metrics.record(path, "malformed");
      LOG.warn("unreadable callback from {}: {}", e.provider(), e.getMessage());
      return HttpResponse.badRequest();
    } catch (ProviderException e) {
      metrics.record(path, "provider_error");
      LOG.warn(
          "could not confirm a callback from {} (correlation id {}): {}",
          e.provider(),
          e.correlationId(),
          e.getMessage());
      return HttpResponse.status(HttpStatus.BAD_GATEWAY);
    }
  }
}
