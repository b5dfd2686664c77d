package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.Html;
import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;

/** The redirect_url of a placed KP order: a plain confirmation page. */
@Controller("/sandbox/klarna/pay-confirmation")
@Requires(property = SandboxSettings.ENABLED, value = "true")
class KlarnaOrderConfirmationController {

  @Get("/{orderId}")
  @Produces(MediaType.TEXT_HTML)
  HttpResponse<String> confirmation(@PathVariable String orderId) {
    return Html.outcome("Klarna", "Order placed", orderId);
  }
}
