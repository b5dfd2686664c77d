package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Test-only knobs: fault profiles per provider and the sandbox clock. Never part of a provider's
 * API.
 */
@Controller("/sandbox/admin")
@Requires(property = SandboxSettings.ENABLED, value = "true")
class SandboxAdminController {

  private final FaultRegistry faults;
  private final SandboxClock clock;

  SandboxAdminController(FaultRegistry faults, SandboxClock clock) {
    this.faults = faults;
    this.clock = clock;
  }

  @Get("/faults")
  Map<SimulatedProvider, FaultSettings> allFaults() {
    Map<SimulatedProvider, FaultSettings> all = new EnumMap<>(SimulatedProvider.class);
    for (SimulatedProvider provider : SimulatedProvider.values()) {
      all.put(provider, faults.get(provider));
    }
    return all;
  }

  @Get("/faults/{provider}")
  HttpResponse<FaultSettings> faults(@PathVariable String provider) {
    return SimulatedProvider.fromName(provider)
        .map(known -> HttpResponse.ok(faults.get(known)))
        .orElseGet(HttpResponse::notFound);
  }

  /** Replaces the provider's whole profile; omitted fields are off. */
  @Put("/faults/{provider}")
  HttpResponse<FaultSettings> setFaults(
      @PathVariable String provider, @Body FaultSettings settings) {
    return SimulatedProvider.fromName(provider)
        .map(
            known -> {
              faults.set(known, settings);
              return HttpResponse.ok(faults.get(known));
            })
        .orElseGet(HttpResponse::notFound);
  }

  /** Back to the configured profiles. */
  @Delete("/faults")
  HttpResponse<Void> resetFaults() {
    faults.resetToConfiguration();
    return HttpResponse.noContent();
  }

  @Get("/clock")
  ClockState clockState() {
    return new ClockState(Times.iso(clock.now()), clock.offset().toSeconds());
  }

  @Post("/clock/advance")
  ClockState advance(@Body ClockAdvance advance) {
    clock.advance(Duration.ofSeconds(advance.seconds()));
    return clockState();
  }

  @Delete("/clock")
  HttpResponse<Void> resetClock() {
    clock.reset();
    return HttpResponse.noContent();
  }

  @Serdeable
  record ClockAdvance(long seconds) {}

  @Serdeable
  record ClockState(String now, long offsetSeconds) {}
}
