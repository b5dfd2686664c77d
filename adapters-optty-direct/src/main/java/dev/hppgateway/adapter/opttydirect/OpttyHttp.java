package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A blocking Micronaut HTTP client on one Optty host, created with {@code HttpClient.create} so it
 * works without an ApplicationContext (the adapter is also built with {@code new} by embedded
 * users). JSON goes out and answers come back as bytes, read and written by {@link OpttyJson},
 * so a broken answer is ours to classify and never a Micronaut codec exception.
 *
 * <p>Only transport failures become exceptions here (always {@link ProviderUnavailableException});
 * every HTTP status comes back as an {@link OpttyAnswer}.
 */
final class OpttyHttp implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OpttyHttp.class);
  private static final Argument<byte[]> BYTES = Argument.of(byte[].class);

  private final HttpClient client;
  private final BlockingHttpClient blocking;
  private final String host;
  /** The base URL's path without a trailing slash ("" or "/sandbox/optty"), put before every call's path. */
  private final String basePath;
  private final Clock clock;

  OpttyHttp(URI baseUrl, Duration connectTimeout, Duration readTimeout, Clock clock) {
    DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
    configuration.setConnectTimeout(connectTimeout);
    configuration.setReadTimeout(readTimeout);
    // Error statuses are answers to classify, not exceptions thrown from deep inside the client.
    configuration.setExceptionOnErrorStatus(false);
    // A redirect from an API host is unexpected; following it could send the bearer token elsewhere.
    configuration.setFollowRedirects(false);
    // Blocking calls need few event-loop threads, and closing should not linger.
    configuration.setNumOfThreads(1);
    configuration.setShutdownQuietPeriod(Duration.ZERO);
    configuration.setShutdownTimeout(Duration.ofSeconds(1));
    // The client drops its URL's path for a request path starting with "/", so it gets the origin
    // and each request carries the base path itself (a sandbox or proxy base URL has one).
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    try {
      this.client = HttpClient.create(baseUrl.resolve("/").toURL(), configuration);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a URL: " + baseUrl, e);
    }
    this.blocking = client.toBlocking();
    this.host = baseUrl.getHost();
    this.clock = clock;
  }

  /** Sends a JSON request ({@code json} may be null for a GET) with a bearer token. */
  OpttyAnswer sendJson(HttpMethod method, String path, byte[] json, String bearer) {
    MutableHttpRequest<Object> request = HttpRequest.create(method, basePath + path);
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON_TYPE).body(json);
    }
    return send(request.bearerAuth(bearer), method, path);
  }

  /**
   * Sends an {@code application/x-www-form-urlencoded} POST. The client encodes a Map body itself
   * (a byte[] or String body would be taken for a bean), in the map's order.
   */
  OpttyAnswer sendForm(String path, Map<String, String> form) {
    MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.POST, basePath + path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        .body(new LinkedHashMap<>(form));
    return send(request, HttpMethod.POST, path);
  }

  /** @throws ProviderUnavailableException on timeouts and connection failures */
  private OpttyAnswer send(MutableHttpRequest<Object> request, HttpMethod method, String path) {
    request.accept(MediaType.APPLICATION_JSON_TYPE);
    HttpResponse<?> response;
    try {
      response = blocking.exchange(request, BYTES, BYTES);
    } catch (HttpClientResponseException e) {
      // Only if a client version ignores exceptionOnErrorStatus: the response is still an answer.
      response = e.getResponse();
    } catch (ReadTimeoutException e) {
      LOG.debug("Optty {} {} on {} timed out", method, path, host);
      throw OpttyErrors.unavailable(method + " " + path + " timed out waiting for " + host, null, null, e);
    } catch (HttpClientException e) {
      LOG.debug("Optty {} {} on {} failed: {}", method, path, host, e.getClass().getSimpleName());
      throw OpttyErrors.unavailable(method + " " + path + " could not reach " + host, null, null, e);
    } catch (RuntimeException e) {
      // Anything else thrown inside the client must not escape as a Micronaut type either.
      LOG.warn("Optty {} {} on {} failed inside the HTTP client: {}", method, path, host, e.getClass().getName());
      throw OpttyErrors.unavailable(method + " " + path + " failed in the HTTP client", null, null, e);
    }
    int status = response.code();
    LOG.debug("Optty {} {} on {} answered {}", method, path, host, status);
    return new OpttyAnswer(status, response.getBody(BYTES).orElse(null), correlationId(response),
        retryAfter(response.getHeaders().get("Retry-After")));
  }

  private static String correlationId(HttpResponse<?> response) {
    // UNVERIFIED: Optty's request-id header is not documented; these are the usual names.
    for (String name : new String[] {"x-correlation-id", "x-request-id", "x-amzn-requestid", "x-amzn-trace-id"}) {
      String value = response.getHeaders().get(name);
      if (value != null && !value.isBlank()) {
        return value.length() > 200 ? value.substring(0, 200) : value;
      }
    }
    return null;
  }

  /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
  private Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    try {
      long seconds = Long.parseLong(trimmed);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(clock.instant(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
