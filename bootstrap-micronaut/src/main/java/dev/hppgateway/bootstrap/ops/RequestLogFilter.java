package dev.hppgateway.bootstrap.ops;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.ApiRequestAttributes;
import dev.hppgateway.bootstrap.api.MerchantAuthFilter;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.web.router.UriRouteMatch;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, the matched route's path template (never the raw path or the
 * query string: a callback's path carries its secret, a query may carry anything), status and
 * duration in milliseconds; then, when known, {@code merchant=} (the authenticated merchant),
 * {@code page=} (the merchant API's {@code {id}} path variable, or the page a create answered) and
 * {@code provider_correlation_id=} (of a provider failure the API answered). Those values are ids
 * only, and only when they look like ids, so neither a key nor a shopper's contact can reach the
 * log. A request that matched no route is logged as {@value #UNMATCHED}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(env = Application.ENVIRONMENT)
public class RequestLogFilter {
  public static final String UNMATCHED = "(no route)";
  private static final Logger LOG = LoggerFactory.getLogger(RequestLogFilter.class);
  private static final String STARTED = RequestLogFilter.class.getName() + ".started";
  private static final String PAGE_VARIABLE = "id";
  private static final String MERCHANT_API = "/v1/";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9_.:/+=-]{1,128}");

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
    String template = template(request);
    StringBuilder line =
        new StringBuilder()
            .append(request.getMethodName())
            .append(' ')
            .append(template)
            .append(' ')
            .append(response.code())
            .append(' ')
            .append(millis)
            .append("ms");
    field(line, "merchant", attribute(request, MerchantAuthFilter.MERCHANT_ID), ID);
    field(line, "page", page(request, template), ID);
    field(
        line,
        "provider_correlation_id",
        attribute(request, ApiRequestAttributes.PROVIDER_CORRELATION_ID),
        CORRELATION_ID);
    LOG.info("{}", line);
  }

  static String template(HttpRequest<?> request) {
    return RouteAttributes.getRouteInfo(request)
        .filter(UriRouteInfo.class::isInstance)
        .map(route -> ((UriRouteInfo<?, ?>) route).getUriMatchTemplate().toString())
        .orElse(UNMATCHED);
  }

  /** The created page, else the merchant API's {@code {id}} (the sandbox's ids are no pages). */
  private static Optional<String> page(HttpRequest<?> request, String template) {
    return attribute(request, ApiRequestAttributes.PAGE_ID)
        .or(
            () ->
                RouteAttributes.getRouteMatch(request)
                    .filter(match -> template.startsWith(MERCHANT_API))
                    .filter(UriRouteMatch.class::isInstance)
                    .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues())
                    .map(variables -> variables.get(PAGE_VARIABLE))
                    .map(String::valueOf));
  }

  private static Optional<String> attribute(HttpRequest<?> request, String name) {
    return request.getAttribute(name, String.class);
  }

  /** Appends {@code name=value} when the value is present and matches {@code shape}. */
  private static void field(
      StringBuilder line, String name, Optional<String> value, Pattern shape) {
    value
        .filter(v -> shape.matcher(v).matches())
        .ifPresent(v -> line.append(' ').append(name).append('=').append(v));
  }
}
