package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the provider's fault profile to its API calls (never to the shopper page or the admin
 * API): latency, 429 with Retry-After, 500/503, and cut-short JSON on successful answers. A
 * cut-short answer is produced after the call ran, as a flaky network would: the state change has
 * happened.
 */
@ServerFilter({
  "/sandbox/klarna/**",
  "/sandbox/kustom/**",
  "/sandbox/optty/**",
  "/sandbox/optty-auth/**"
})
@Requires(property = SandboxSettings.ENABLED, value = "true")
public class FaultFilter {

  private static final Logger LOG = LoggerFactory.getLogger(FaultFilter.class);
  static final String MALFORMED_BODY = "{\"sandbox_fault\":\"malformed\",\"truncated\":[1,2,";

  private final FaultRegistry faults;

  public FaultFilter(FaultRegistry faults) {
    this.faults = faults;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> apply(
      HttpRequest<?> request, FilterContinuation<MutableHttpResponse<?>> continuation) {
    String path = request.getPath();
    Optional<SimulatedProvider> provider = SimulatedProvider.fromPath(path);
    if (provider.isEmpty() || shopperFacing(path)) {
      return continuation.proceed();
    }
    SimulatedProvider target = provider.get();
    FaultSettings profile = faults.get(target);
    if (profile.latencyMs() > 0) {
      sleep(profile.latencyMs());
    }
    if (faults.roll(profile.throttleRate())) {
      LOG.info("fault: 429 for {} {}", request.getMethod(), path);
      return errorAnswer(target, 429, "TOO_MANY_REQUESTS", "Rate limit exceeded (sandbox fault)")
          .header("Retry-After", String.valueOf(profile.retryAfterSeconds()));
    }
    if (faults.roll(profile.errorRate())) {
      int status = profile.errorStatus();
      LOG.info("fault: {} for {} {}", status, request.getMethod(), path);
      String code = status == 503 ? "SERVICE_UNAVAILABLE" : "INTERNAL_ERROR";
      return errorAnswer(target, status, code, "Injected server error (sandbox fault)");
    }
    MutableHttpResponse<?> response = continuation.proceed();
    if (response.getStatus().getCode() < 300 && faults.roll(profile.malformedRate())) {
      LOG.info("fault: malformed JSON for {} {}", request.getMethod(), path);
      @SuppressWarnings("unchecked")
      MutableHttpResponse<Object> raw = (MutableHttpResponse<Object>) response;
      raw.body(MALFORMED_BODY).contentType(MediaType.APPLICATION_JSON_TYPE);
      if (raw.getStatus().getCode() == 204) {
        return HttpResponse.ok(MALFORMED_BODY).contentType(MediaType.APPLICATION_JSON_TYPE);
      }
    }
    return response;
  }

  /** The shopper page, its QR code and confirmation pages are not API calls: no faults there. */
  private static boolean shopperFacing(String path) {
    String[] parts = path.split("/");
    return parts.length > 3 && (parts[3].equals("pay") || parts[3].equals("pay-confirmation"));
  }

  private static MutableHttpResponse<?> errorAnswer(
      SimulatedProvider provider, int status, String code, String message) {
    if (provider == SimulatedProvider.OPTTY) {
      return NestError.response(status, message);
    }
    return KlarnaError.response(status, code, List.of(message));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
