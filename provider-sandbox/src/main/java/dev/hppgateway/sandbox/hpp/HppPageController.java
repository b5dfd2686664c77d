package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Klarna's and Kustom's hosted payment page (redirect_url), its QR code and its generic outcome
 * page. Both providers serve the same page; the path's first segment says whose session it is.
 */
@Controller(HppPaths.PROVIDER + "/pay")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class HppPageController {

  private final HppPages pages;

  HppPageController(HppPages pages) {
    this.pages = pages;
  }

  @Get("/{id}")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<String> open(@PathVariable SimulatedProvider provider, @PathVariable String id) {
    return pages.open(provider, id);
  }

  @Post(
      value = "/{id}/{action}",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> act(
      @PathVariable SimulatedProvider provider,
      @PathVariable String id,
      @PathVariable String action,
      HttpRequest<?> request) {
    return pages.act(provider, id, action, request);
  }

  @Get("/{id}/qr")
  @Produces(MediaType.IMAGE_PNG)
  HttpResponse<?> qr(
      @PathVariable SimulatedProvider provider, @PathVariable String id, HttpRequest<?> request) {
    return pages.qr(provider, id, request);
  }

  @Get("/{id}/result")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<String> result(
      @PathVariable SimulatedProvider provider,
      @PathVariable String id,
      @Nullable @QueryValue String outcome) {
    return pages.result(provider, id, outcome);
  }
}
