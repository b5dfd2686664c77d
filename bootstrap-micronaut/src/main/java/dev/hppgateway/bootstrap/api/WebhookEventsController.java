package dev.hppgateway.bootstrap.api;

import dev.hppgateway.application.port.in.ListWebhookEventsUseCase;
import dev.hppgateway.application.port.in.RedeliverWebhookEventUseCase;
import dev.hppgateway.application.port.in.WebhookDeliveryStatus;
import dev.hppgateway.application.port.in.WebhookEventPage;
import dev.hppgateway.application.port.in.WebhookEventQuery;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The merchant's webhook events: {@code GET /v1/webhook-events} lists them with their delivery,
 * {@code POST /v1/webhook-events/{id}/redeliver} sends one again. Talks only to the {@code port.in}
 * use cases; the merchant is the one {@link MerchantAuthFilter} authenticated, and another
 * merchant's event is a 404 like an unknown one. The events' payloads are not shown: they may carry
 * an authorization token.
 */
@Controller("/v1/webhook-events")
@Requires(env = Application.ENVIRONMENT)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@ApiResponse(
    responseCode = "401",
    description = "Missing or wrong API key",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookEventsController {
  private static final int DEFAULT_LIMIT = 20;
  private static final String LIST_EXAMPLE =
      "{\"data\":["
          + "{\"id\":\"evt_3f1c9a0e\",\"type\":\"hpp_session.completed\","
          + "\"hpp_session_id\":\"hpp_8d2b41c7\",\"sequence\":2,\"delivery_status\":\"failed\","
          + "\"attempts\":3,\"next_attempt_at\":\"2026-12-01T12:20:00Z\","
          + "\"last_error\":\"HTTP 503\",\"created_at\":\"2026-12-01T12:03:05.123456Z\"},"
          + "{\"id\":\"evt_a07d52b1\",\"type\":\"hpp_session.created\","
          + "\"hpp_session_id\":\"hpp_8d2b41c7\",\"sequence\":1,\"delivery_status\":\"delivered\","
          + "\"attempts\":1,\"next_attempt_at\":null,\"last_error\":null,"
          + "\"created_at\":\"2026-12-01T12:00:00.000000Z\"}],\"has_more\":false}";
  private static final String REDELIVERED_EXAMPLE =
      "{\"id\":\"evt_3f1c9a0e\",\"type\":\"hpp_session.completed\","
          + "\"hpp_session_id\":\"hpp_8d2b41c7\",\"sequence\":2,\"delivery_status\":\"failed\","
          + "\"attempts\":9,\"next_attempt_at\":\"2026-12-04T09:00:00Z\","
          + "\"last_error\":\"HTTP 500\",\"created_at\":\"2026-12-01T12:03:05.123456Z\"}";

  private final ListWebhookEventsUseCase list;
  private final RedeliverWebhookEventUseCase redeliver;

  public WebhookEventsController(
      ListWebhookEventsUseCase list, RedeliverWebhookEventUseCase redeliver) {
    this.list = list;
    this.redeliver = redeliver;
  }

  @Operation(
      summary = "List webhook events",
      description =
          "The merchant's webhook events with their delivery, newest first; without their payload"
              + " (it may carry an authorization token: read the page instead). Filters: type,"
              + " delivery_status (pending, failed, delivered, dead), hpp_session_id; limit 1-100"
              + " (default 20); starting_after is the last id of the previous page, sent again"
              + " with the same filters.")
  @ApiResponse(
      responseCode = "200",
      description = "One page of the list",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEventList.class),
              examples = @ExampleObject(name = "a page's two events", value = LIST_EXAMPLE)))
  @ApiResponse(
      responseCode = "400",
      description = "An invalid filter or limit, named in the problem",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Get(produces = MediaType.APPLICATION_JSON)
  public WebhookEventList list(
      HttpRequest<?> request,
      @Parameter(description = "The event type", example = "hpp_session.completed")
          @Nullable
          @QueryValue
          String type,
      @Parameter(
              description = "pending, failed, delivered or dead",
              schema =
                  @Schema(
                      type = "string",
                      allowableValues = {"pending", "failed", "delivered", "dead"}))
          @Nullable
          @QueryValue("delivery_status")
          String deliveryStatus,
      @Parameter(description = "The page's id", example = "hpp_8d2b41c7")
          @Nullable
          @QueryValue("hpp_session_id")
          String hppSessionId,
      @Parameter(description = "1 to 100, default 20") @Nullable @QueryValue String limit,
      @Parameter(description = "The last id of the previous page")
          @Nullable
          @QueryValue("starting_after")
          String startingAfter) {
    WebhookEventQuery query =
        new WebhookEventQuery(
            ApiRequests.merchant(request),
            type,
            deliveryStatus == null ? null : deliveryStatus(deliveryStatus),
            hppSessionId == null ? null : sessionId(hppSessionId),
            ApiRequests.limit(limit, DEFAULT_LIMIT, WebhookEventQuery.MAX_LIMIT),
            startingAfter);
    WebhookEventPage page = list.list(query);
    return new WebhookEventList(
        page.events().stream().map(WebhookEventResponse::of).toList(), page.hasMore());
  }

  @Operation(
      summary = "Redeliver a webhook event",
      description =
          "Sends the event again, due now: a delivered, dead or failed event becomes pending"
              + " again (delivery_status failed while it keeps the error of its last failed"
              + " attempt); its attempts are kept and count on. An event being attempted right now"
              + " is answered as it is. Another merchant's event is a 404.")
  @ApiResponse(
      responseCode = "202",
      description = "The event, due for delivery",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = WebhookEventResponse.class),
              examples = @ExampleObject(name = "a dead event", value = REDELIVERED_EXAMPLE)))
  @ApiResponse(
      responseCode = "404",
      description = "No such event for this merchant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Post(uri = "/{id}/redeliver", produces = MediaType.APPLICATION_JSON)
  public HttpResponse<WebhookEventResponse> redeliver(
      HttpRequest<?> request, @PathVariable String id) {
    return HttpResponse.<WebhookEventResponse>status(HttpStatus.ACCEPTED)
        .body(WebhookEventResponse.of(redeliver.redeliver(ApiRequests.merchant(request), id)));
  }

  private static WebhookDeliveryStatus deliveryStatus(String value) {
    try {
      return WebhookDeliveryStatus.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainValidationException(
          "delivery_status",
          "unknown delivery status '" + value + "'; expected one of " + deliveryStatuses());
    }
  }

  private static HppSessionId sessionId(String value) {
    try {
      return HppSessionId.of(value);
    } catch (DomainValidationException e) {
      throw new DomainValidationException("hpp_session_id", e.reason());
    } catch (IllegalArgumentException e) {
      throw new DomainValidationException("hpp_session_id", "is not a page id");
    }
  }

  private static List<String> deliveryStatuses() {
    return Arrays.stream(WebhookDeliveryStatus.values())
        .map(WebhookDeliveryStatus::apiName)
        .toList();
  }
}
