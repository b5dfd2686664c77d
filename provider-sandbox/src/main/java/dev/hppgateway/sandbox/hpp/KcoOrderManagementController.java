package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.KlarnaError;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;

/** Kustom order management: read a completed order and acknowledge it (which stops the pushes). */
@Controller("/sandbox/kustom/ordermanagement/v1/orders")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class KcoOrderManagementController {

  private final KcoStore store;
  private final SandboxSettings settings;
  private final SandboxClock clock;

  KcoOrderManagementController(KcoStore store, SandboxSettings settings, SandboxClock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  @Get("/{id}")
  HttpResponse<KcoViews.ManagedOrder> read(HttpRequest<?> request, @PathVariable String id) {
    BasicAuth.require(request, settings, SimulatedProvider.KUSTOM);
    return HttpResponse.ok(KcoViews.ManagedOrder.of(completed(id)));
  }

  /**
   * Idempotent by default: acknowledging twice answers 204 twice. With {@code
   * hpp.sandbox.kustom.refuse-repeated-acknowledge} a repeat is refused as already acknowledged
   * (HTTP 409, error code NOT_ALLOWED), the answer the gateway must take as success.
   */
  @Post(
      value = "/{id}/acknowledge",
      consumes = {MediaType.APPLICATION_JSON, MediaType.ALL})
  HttpResponse<Void> acknowledge(HttpRequest<?> request, @PathVariable String id) {
    BasicAuth.require(request, settings, SimulatedProvider.KUSTOM);
    boolean first = completed(id).acknowledge();
    if (!first && settings.refuseRepeatedAcknowledge()) {
      throw new KlarnaError(
          409, "NOT_ALLOWED", List.of("Order " + id + " is already acknowledged"));
    }
    return HttpResponse.noContent();
  }

  /** Order management only knows orders whose checkout completed. */
  private KcoOrder completed(String id) {
    return store
        .find(id, clock.now())
        .filter(order -> KcoOrder.COMPLETE.equals(order.status()))
        .orElseThrow(() -> KlarnaError.notFound("No such order: " + id));
  }
}
