package dev.hppgateway.bootstrap.ops;

import dev.hppgateway.bootstrap.Application;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, the matched route's path template (never the raw path: a
 * callback's path carries its secret), status and duration in milliseconds. A request that matched
 * no route is logged as {@value #UNMATCHED}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(env = Application.ENVIRONMENT)
public class RequestLogFilter {
  public static final String UNMATCHED = "(no route)";
  private static final Logger LOG = LoggerFactory.getLogger(RequestLogFilter.class);
  private static final String STARTED = RequestLogFilter.class.getName() + ".started";

  @RequestFilter
  public void start(HttpRequest<?> request) {
    request.setAttribute(STARTED, System.nanoTime());
  }

  @ResponseFilter
  public void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (!LOG.isInfoEnabled()) {
      return;
    }
    long millis =
        request
            .getAttribute(STARTED, Long.class)
            .map(started -> (System.nanoTime() - started) / 1_000_000)
            .orElse(-1L);
    LOG.info("{} {} {} {}ms", request.getMethodName(), template(request), response.code(), millis);
  }

  static String template(HttpRequest<?> request) {
    return RouteAttributes.getRouteInfo(request)
        .filter(UriRouteInfo.class::isInstance)
        .map(route -> ((UriRouteInfo<?, ?>) route).getUriMatchTemplate().toString())
        .orElse(UNMATCHED);
  }
}
