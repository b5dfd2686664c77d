package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API ({@code /sandbox/admin/**}: fault injection, the clock, Optty merchant settings)
 * answers loopback clients only; anyone else gets 403. It reads the connection's own remote
 * address, never a forwarding header a client could forge.
 */
@ServerFilter("/sandbox/admin/**")
@Requires(property = SandboxSettings.ENABLED, value = "true")
public class LoopbackOnlyFilter {
  private static final Logger LOG = LoggerFactory.getLogger(LoopbackOnlyFilter.class);

  static final String REFUSED = "The sandbox admin API answers loopback clients only.";

  @RequestFilter
  @Nullable
  public HttpResponse<?> onlyLoopback(HttpRequest<?> request) {
    if (allowed(request.getRemoteAddress())) {
      return null;
    }
    LOG.warn("refused {} {}: not a loopback client", request.getMethod(), request.getPath());
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body(REFUSED);
  }

  /** True for a client connected from a loopback address (127.0.0.0/8, ::1). */
  static boolean allowed(@Nullable InetSocketAddress remote) {
    return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress();
  }
}
