package dev.hppgateway.adapter.providerhttp;

import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.ProviderId;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a provider adapter calls its provider over HTTP: JSON through Micronaut serde, and
 * every failure turned into exactly one {@link ProviderException} kind with one status mapping for
 * all providers (5xx, 429, 408 → unavailable with Retry-After; other 4xx → rejected; any other
 * non-2xx → malformed; timeouts and transport failures → unavailable; an empty, JSON-null or
 * undecodable answer → malformed).
 *
 * <p>It runs without an {@code ApplicationContext} (adapters are built with {@code new}): {@link
 * HttpClient#create(java.net.URL, io.micronaut.http.client.HttpClientConfiguration)} builds a
 * standalone Netty client, and {@link ObjectMapper#getDefault()} finds the {@code @Serdeable}
 * introspections on the class path. Bodies cross the client as bytes so no codec lookup is needed.
 * Calls are blocking: make them from worker threads, not from an event loop.
 *
 * <p>Messages name the operation, never the URL: paths may carry authorization tokens. Causes are
 * dropped for the same reason (a decoder or Netty message may quote them), and no body is quoted.
 */
public final class ProviderHttpClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderHttpClient.class);
  private static final Argument<byte[]> BYTES = Argument.of(byte[].class);

  /** Providers rarely document their request-id header; these are the usual names. */
  private static final List<String> CORRELATION_HEADERS =
      List.of(
          "x-correlation-id",
          "correlation-id",
          "x-request-id",
          "x-amzn-requestid",
          "x-amzn-trace-id");

  private static final int MAX_CORRELATION_ID = 200;

  private final ProviderConnection connection;
  private final ProviderErrorReader errorReader;

  /** The base URL's path ("" or "/sandbox/klarna"), put before every call's path. */
  private final String basePath;

  private final HttpClient client;
  private final BlockingHttpClient blocking;
  private final ObjectMapper json;
  private final Clock clock;

  public ProviderHttpClient(ProviderConnection connection, ProviderErrorReader errorReader) {
    this(connection, errorReader, Clock.systemUTC());
  }

  /** {@code clock} turns a Retry-After date into a wait. */
  public ProviderHttpClient(
      ProviderConnection connection, ProviderErrorReader errorReader, Clock clock) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.errorReader = Objects.requireNonNull(errorReader, "errorReader");
    this.clock = Objects.requireNonNull(clock, "clock");
    DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
    configuration.setConnectTimeout(connection.connectTimeout());
    configuration.setReadTimeout(connection.readTimeout());
    // A redirect from an API host is unexpected; following it could send credentials elsewhere.
    configuration.setFollowRedirects(false);
    // Error answers are read here, not thrown by the client, so their bodies map in one place.
    configuration.setExceptionOnErrorStatus(false);
    // Blocking calls need few event-loop threads, and closing should not linger.
    configuration.setNumOfThreads(1);
    configuration.setShutdownQuietPeriod(Duration.ZERO);
    configuration.setShutdownTimeout(Duration.ofSeconds(1));
    // The client drops its URL's path for a request path starting with "/", so it gets the origin
    // and each request carries the base path itself (a sandbox or proxy base URL has one).
    URI base = URI.create(connection.baseUrl());
    this.basePath = base.getRawPath() == null ? "" : base.getRawPath();
    try {
      this.client = HttpClient.create(base.resolve("/").toURL(), configuration);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(connection.provider() + ": bad base URL", e);
    }
    this.blocking = client.toBlocking();
    this.json = ObjectMapper.getDefault();
  }

  public ProviderId provider() {
    return connection.provider();
  }

  /** The configured base URL without a trailing slash, for URLs the provider wants back. */
  public String baseUrl() {
    return connection.baseUrl();
  }

  /**
   * Sends a call with the connection's authentication and decodes a 2xx answer's JSON as {@code
   * answerType} ({@code Void} for none).
   *
   * @param operation names the call in messages, such as "create HPP session"
   * @param body encoded as JSON; null for none
   */
  public <T> T call(
      String operation, HttpMethod method, String path, Object body, Class<T> answerType) {
    return call(operation, method, path, body, answerType, Map.of());
  }

  /** As {@link #call(String, HttpMethod, String, Object, Class)}, with extra request headers. */
  public <T> T call(
      String operation,
      HttpMethod method,
      String path,
      Object body,
      Class<T> answerType,
      Map<String, String> headers) {
    return success(operation, exchange(operation, method, path, body, headers), answerType);
  }

  /** Sends a call with the connection's authentication; returns the answer whatever its status. */
  public ProviderHttpAnswer exchange(
      String operation, HttpMethod method, String path, Object body) {
    return exchange(operation, method, path, body, Map.of());
  }

  /**
   * Sends a call with the connection's authentication and extra headers; returns the answer
   * whatever its status.
   *
   * @throws ProviderUnavailableException on timeouts and transport failures
   */
  public ProviderHttpAnswer exchange(
      String operation, HttpMethod method, String path, Object body, Map<String, String> headers) {
    MutableHttpRequest<Object> request = jsonRequest(operation, method, path, body);
    headers.forEach(request::header);
    return send(operation, request, connection.auth());
  }

  /** Sends a JSON call with this call's own authentication (such as a fresh bearer token). */
  public ProviderHttpAnswer exchangeAs(
      ProviderAuth auth, String operation, HttpMethod method, String path, Object body) {
    return send(
        operation,
        jsonRequest(operation, method, path, body),
        Objects.requireNonNull(auth, "auth"));
  }

  /**
   * Sends an {@code application/x-www-form-urlencoded} POST (an OAuth token request) with the
   * connection's authentication. The client encodes the map itself, in its order.
   */
  public ProviderHttpAnswer postForm(String operation, String path, Map<String, String> form) {
    MutableHttpRequest<Object> request =
        HttpRequest.create(HttpMethod.POST, basePath + path)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            .body(new LinkedHashMap<>(form));
    return send(operation, request, connection.auth());
  }

  /** A 2xx answer decoded as {@code answerType} ({@code Void} for none); else its failure. */
  public <T> T success(String operation, ProviderHttpAnswer answer, Class<T> answerType) {
    if (!answer.isSuccess()) {
      throw failure(operation, answer);
    }
    if (answerType == Void.class) {
      return null;
    }
    return decode(operation, answer, answerType);
  }

  /** The one exception a non-2xx answer stands for (one status mapping for all providers). */
  public ProviderException failure(String operation, ProviderHttpAnswer answer) {
    return ProviderStatusMapping.failure(provider(), operation, answer, readError(answer));
  }

  /** Decodes a JSON body; an empty, JSON-null or unreadable one is a malformed answer. */
  public <T> T decode(String operation, ProviderHttpAnswer answer, Class<T> type) {
    if (answer.body().length == 0) {
      throw malformed(operation + ": empty answer (HTTP " + answer.status() + ")", answer);
    }
    T value;
    try {
      value = json.readValue(answer.body(), Argument.of(type));
    } catch (IOException | RuntimeException e) {
      throw malformed(
          operation
              + ": answer is not the expected JSON (HTTP "
              + answer.status()
              + ", "
              + e.getClass().getSimpleName()
              + ")",
          answer);
    }
    if (value == null) {
      throw malformed(operation + ": answer is JSON null", answer);
    }
    return value;
  }

  /** Decodes JSON that did not come over this client (such as a callback body). */
  public <T> T decode(String what, String body, Class<T> type) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return decode(what, new ProviderHttpAnswer(200, bytes, null, null), type);
  }

  /** A field the answer must carry; its absence makes the answer malformed. */
  public String required(String value, String field, String operation) {
    if (value == null || value.isBlank()) {
      throw new ProviderMalformedAnswerException(
          provider(), operation + ": answer lacks " + field, null, null);
    }
    return value;
  }

  /**
   * A malformed-answer exception with the answer's correlation id; {@code message} names the
   * operation.
   */
  public ProviderMalformedAnswerException malformed(String message, ProviderHttpAnswer answer) {
    return new ProviderMalformedAnswerException(
        provider(), message, answer == null ? null : answer.correlationId(), null);
  }

  /**
   * The path of an absolute URL the provider returned, when it is on the configured host; null
   * otherwise, so credentials are never sent to a host the configuration did not name.
   */
  public String pathOnOwnHost(String absoluteUrl) {
    if (absoluteUrl == null) {
      return null;
    }
    try {
      URI given = URI.create(absoluteUrl);
      URI own = URI.create(connection.baseUrl());
      boolean sameOrigin =
          own.getScheme().equalsIgnoreCase(String.valueOf(given.getScheme()))
              && own.getHost().equalsIgnoreCase(String.valueOf(given.getHost()))
              && own.getPort() == given.getPort();
      String path = given.getRawPath();
      if (!sameOrigin || path == null || !path.startsWith(basePath + "/")) {
        return null;
      }
      // The client prefixes the base URL's own path itself.
      return path.substring(basePath.length())
          + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private MutableHttpRequest<Object> jsonRequest(
      String operation, HttpMethod method, String path, Object body) {
    MutableHttpRequest<Object> request = HttpRequest.create(method, basePath + path);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON_TYPE).body(encode(operation, body));
    }
    return request;
  }

  private ProviderHttpAnswer send(
      String operation, MutableHttpRequest<Object> request, ProviderAuth auth) {
    authenticate(request, auth);
    request.accept(MediaType.APPLICATION_JSON_TYPE);
    HttpResponse<?> response;
    try {
      response = blocking.exchange(request, BYTES, BYTES);
    } catch (HttpClientResponseException e) {
      // Not expected with exceptionOnErrorStatus off, but the response is still an answer.
      response = e.getResponse();
    } catch (ReadTimeoutException e) {
      throw unavailable(operation + ": timed out, no answer within " + connection.readTimeout());
    } catch (HttpClientException e) {
      throw unavailable(operation + ": could not reach the provider (" + rootCause(e) + ")");
    } catch (RuntimeException e) {
      // Anything else thrown inside the client must not escape as a Micronaut type either.
      throw unavailable(operation + ": failed in the HTTP client (" + rootCause(e) + ")");
    }
    LOG.debug("{} {} answered HTTP {}", provider(), operation, response.code());
    return new ProviderHttpAnswer(
        response.code(),
        response.getBody(BYTES).orElse(null),
        correlationId(response),
        RetryAfter.parse(response.getHeaders().get(HttpHeaders.RETRY_AFTER), clock),
        response.getHeaders().get(HttpHeaders.LOCATION));
  }

  private static void authenticate(MutableHttpRequest<?> request, ProviderAuth auth) {
    if (auth instanceof ProviderAuth.Basic basic) {
      request.basicAuth(basic.username(), basic.password());
    } else if (auth instanceof ProviderAuth.Bearer bearer) {
      request.bearerAuth(bearer.token());
    }
  }

  private ProviderUnavailableException unavailable(String message) {
    LOG.debug("{} {}", provider(), message);
    return new ProviderUnavailableException(provider(), message, null, null, null);
  }

  private static String correlationId(HttpResponse<?> response) {
    for (String name : CORRELATION_HEADERS) {
      String value = response.getHeaders().get(name);
      if (value != null && !value.isBlank()) {
        return value.length() > MAX_CORRELATION_ID ? value.substring(0, MAX_CORRELATION_ID) : value;
      }
    }
    return null;
  }

  private byte[] encode(String operation, Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      // Our own records always serialize; failing here is a programming error, not the provider's.
      throw new IllegalStateException(provider() + ": cannot encode " + operation + " request", e);
    }
  }

  private ProviderErrorReader.ErrorBody readError(ProviderHttpAnswer answer) {
    if (answer.body().length == 0) {
      return null;
    }
    try {
      return errorReader.read(answer.body());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }

  @Override
  public void close() {
    client.close();
  }
}
