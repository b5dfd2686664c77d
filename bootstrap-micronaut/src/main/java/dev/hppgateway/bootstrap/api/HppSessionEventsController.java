package dev.hppgateway.bootstrap.api;

import dev.hppgateway.application.port.in.GetHppSessionEventsUseCase;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.HppSessionId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * A page's timeline: {@code GET /v1/hpp-sessions/{id}/events}, every event of the page with its
 * time, source and the provider's raw status. Talks only to the {@code port.in} use case; the
 * merchant is the one {@link MerchantAuthFilter} authenticated, and another merchant's page is a
 * 404 like an unknown one.
 */
@Controller("/v1/hpp-sessions")
@Requires(env = Application.ENVIRONMENT)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "apiKey")
@ApiResponse(
    responseCode = "401",
    description = "Missing or wrong API key",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HppSessionEventsController {
  private static final String EXAMPLE =
      "{\"data\":["
          + "{\"sequence\":1,\"type\":\"hpp_session.created\",\"status\":\"WAITING\","
          + "\"previous_status\":null,\"provider_status\":\"WAITING\",\"source\":\"API\","
          + "\"occurred_at\":\"2026-12-01T12:00:00.000000Z\"},"
          + "{\"sequence\":2,\"type\":\"hpp_session.completed\",\"status\":\"COMPLETED\","
          + "\"previous_status\":\"WAITING\",\"provider_status\":\"COMPLETED\","
          + "\"source\":\"CALLBACK\",\"occurred_at\":\"2026-12-01T12:03:05.123456Z\"}]}";

  private final GetHppSessionEventsUseCase events;

  public HppSessionEventsController(GetHppSessionEventsUseCase events) {
    this.events = events;
  }

  @Operation(
      summary = "Read a page's timeline",
      description =
          "Every event of the page in its sequence, its creation first: the status it set and the"
              + " one it left, the provider's raw status at that moment, when it happened and where"
              + " it came from (API, CALLBACK, SWEEP). Another merchant's page is a 404.")
  @ApiResponse(
      responseCode = "200",
      description = "The page's timeline",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = HppSessionEventList.class),
              examples = @ExampleObject(name = "paid page", value = EXAMPLE)))
  @ApiResponse(
      responseCode = "404",
      description = "No such page for this merchant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Get(uri = "/{id}/events", produces = MediaType.APPLICATION_JSON)
  public HppSessionEventList events(HttpRequest<?> request, @PathVariable String id) {
    return new HppSessionEventList(
        events.events(ApiRequests.merchant(request), HppSessionId.of(id)).stream()
            .map(HppSessionEventResponse::of)
            .toList());
  }
}
