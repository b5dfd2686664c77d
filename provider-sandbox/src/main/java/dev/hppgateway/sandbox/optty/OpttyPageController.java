package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.SandboxSettings;
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

/** The shopper's side of an Optty payment link: page, buttons, QR code, generic outcome page. */
@Controller("/sandbox/optty/pay")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class OpttyPageController {

  private final OpttyPages pages;

  OpttyPageController(OpttyPages pages) {
    this.pages = pages;
  }

  @Get("/{id}")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<String> open(@PathVariable String id) {
    return pages.open(id);
  }

  @Post(
      value = "/{id}/{action}",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<?> act(
      @PathVariable String id, @PathVariable String action, HttpRequest<?> request) {
    return pages.act(id, action, request);
  }

  @Get("/{id}/qr")
  @Produces(MediaType.IMAGE_PNG)
  HttpResponse<?> qr(@PathVariable String id, HttpRequest<?> request) {
    return pages.qr(id, request);
  }

  @Get("/{id}/result")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<String> result(@PathVariable String id, @Nullable @QueryValue String status) {
    return pages.result(id, status);
  }
}
