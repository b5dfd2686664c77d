package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** The HPP v1 API of Klarna and of Kustom: the same API under each provider's base URL. */
@Controller(HppPaths.PROVIDER + "/hpp/v1/sessions")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class HppController {

  private final HppApi api;

  HppController(HppApi api) {
    this.api = api;
  }

  @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<?> create(
      @PathVariable SimulatedProvider provider,
      HttpRequest<?> request,
      @Nullable @Body String body) {
    return api.create(provider, request, body);
  }

  @Get("/{id}")
  HttpResponse<?> read(
      @PathVariable SimulatedProvider provider, HttpRequest<?> request, @PathVariable String id) {
    return api.read(provider, request, id);
  }

  @Delete("/{id}")
  HttpResponse<?> disable(
      @PathVariable SimulatedProvider provider, HttpRequest<?> request, @PathVariable String id) {
    return api.disable(provider, request, id);
  }

  @Post(
      value = "/{id}/distribution",
      consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<?> distribute(
      @PathVariable SimulatedProvider provider,
      HttpRequest<?> request,
      @PathVariable String id,
      @Nullable @Body String body) {
    return api.distribute(provider, request, id, body);
  }
}
