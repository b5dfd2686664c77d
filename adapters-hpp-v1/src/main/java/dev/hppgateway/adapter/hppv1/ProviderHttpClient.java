package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.application.port.out.provider.ProviderException;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
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
import java.util.List;
import java.util.Map;

/**
 * The one HTTP/JSON client of the Klarna-style adapters (HPP v1, KP payments, KCO checkout and
 * order management): HTTP Basic on every call, snake_case JSON through Micronaut serde, and every
 * failure turned into exactly one {@link ProviderException} kind.
 *
 * <p>It runs without an {@code ApplicationContext}: {@link HttpClient#create(URL,
 * io.micronaut.http.client.HttpClientConfiguration)} builds a standalone Netty client, and
 * {@link ObjectMapper#getDefault()} finds the {@code @Serdeable} introspections on the class path.
 * Bodies cross the client as bytes so no codec lookup is needed.
 *
 * <p>Messages name the operation, never the URL: paths may carry authorization tokens, and
 * causes are dropped for the same reason (a decoder or Netty message may quote them).
 */
public final class ProviderHttpClient implements AutoCloseable {
  private final ProviderConnection connection;
  /** The base URL's path ("" or "/sandbox/klarna"), put before every call's path. */
  private final String basePath;
  private final HttpClient client;
  private final BlockingHttpClient blocking;
  private final ObjectMapper json;
  private final Clock clock;

  public ProviderHttpClient(ProviderConnection connection) {
    this(connection, Clock.systemUTC());
  }

  ProviderHttpClient(ProviderConnection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
    DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
    configuration.setConnectTimeout(connection.connectTimeout());
    configuration.setReadTimeout(connection.readTimeout());
    configuration.setFollowRedirects(false);
    // Error answers are read here, not thrown by the client, so their bodies map in one place.
    configuration.setExceptionOnErrorStatus(false);
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
   * Sends a call and decodes a 2xx answer's JSON as {@code answerType} ({@code Void} for none).
   *
   * @param operation names the call in messages, such as "create HPP session"
   */
  public <T> T call(String operation, HttpMethod method, String path, Object body, Class<T> answerType) {
    return call(operation, method, path, body, answerType, Map.of());
  }

  public <T> T call(
      String operation, HttpMethod method, String path, Object body, Class<T> answerType,
      Map<String, String> headers) {
    ProviderHttpAnswer answer = exchange(operation, method, path, body, headers);
    if (!answer.isSuccess()) {
      throw failure(operation, answer);
    }
    if (answerType == Void.class) {
      return null;
    }
    return decode(operation, answer, answerType);
  }

  /** Sends a call and returns the answer whatever its status; only transport failures throw. */
  public ProviderHttpAnswer exchange(
      String operation, HttpMethod method, String path, Object body, Map<String, String> headers) {
    MutableHttpRequest<Object> request = HttpRequest.create(method, basePath + path)
        .basicAuth(connection.username(), connection.password())
        .accept(MediaType.APPLICATION_JSON_TYPE);
    headers.forEach(request::header);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON_TYPE).body(encode(operation, body));
    }
    try {
      HttpResponse<byte[]> response = blocking.exchange(request, byte[].class);
      return new ProviderHttpAnswer(
          response.code(), response.getBody().orElse(null), response.getHeaders().get(HttpHeaders.RETRY_AFTER));
    } catch (HttpClientResponseException e) {
      // Not expected with exceptionOnErrorStatus off, but the client may still throw for odd answers.
      HttpResponse<?> response = e.getResponse();
      return new ProviderHttpAnswer(
          response.code(), response.getBody(byte[].class).orElse(null),
          response.getHeaders().get(HttpHeaders.RETRY_AFTER));
    } catch (ReadTimeoutException e) {
      throw new ProviderUnavailableException(
          provider(), operation + ": no answer within " + connection.readTimeout(), null, null, null);
    } catch (HttpClientException e) {
      throw new ProviderUnavailableException(
          provider(), operation + ": could not reach the provider (" + rootCause(e) + ")", null, null, null);
    }
  }

  /** The one exception a non-2xx answer stands for. */
  public ProviderException failure(String operation, ProviderHttpAnswer answer) {
    ProviderErrorBody error = readError(answer);
    String correlationId = error == null ? null : error.correlationId();
    int status = answer.status();
    if (status == 429) {
      return new ProviderUnavailableException(provider(), operation + ": rate limited (HTTP 429)", correlationId,
          RetryAfter.parse(answer.retryAfter(), clock), null);
    }
    if (status >= 500) {
      return new ProviderUnavailableException(provider(), operation + ": provider error HTTP " + status
          + (error == null || error.errorCode() == null ? "" : " " + error.errorCode()), correlationId,
          RetryAfter.parse(answer.retryAfter(), clock), null);
    }
    if (status >= 400) {
      List<String> messages = error == null || error.errorMessages() == null ? List.of() : error.errorMessages();
      return new ProviderRejectedException(provider(), status, error == null ? null : error.errorCode(),
          messages.isEmpty() ? List.of(operation + " was refused") : messages, correlationId);
    }
    return new ProviderMalformedAnswerException(
        provider(), operation + ": unexpected HTTP " + status, correlationId, null);
  }

  /** Decodes a JSON body; an empty or unreadable one is a malformed answer. */
  public <T> T decode(String operation, ProviderHttpAnswer answer, Class<T> type) {
    if (answer.body().length == 0) {
      throw new ProviderMalformedAnswerException(
          provider(), operation + ": empty answer (HTTP " + answer.status() + ")", null, null);
    }
    try {
      T value = json.readValue(answer.body(), Argument.of(type));
      if (value == null) {
        throw new ProviderMalformedAnswerException(provider(), operation + ": answer is JSON null", null, null);
      }
      return value;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProviderException known) {
        throw known;
      }
      throw new ProviderMalformedAnswerException(provider(), operation + ": answer is not the expected JSON (HTTP "
          + answer.status() + ", " + e.getClass().getSimpleName() + ")", null, null);
    }
  }

  /** Decodes JSON that did not come over this client (such as a callback body). */
  public <T> T decode(String what, String body, Class<T> type) {
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    return decode(what, new ProviderHttpAnswer(200, bytes, null), type);
  }

  /** A field the answer must carry; its absence makes the answer malformed. */
  public String required(String value, String field, String operation) {
    if (value == null || value.isBlank()) {
      throw new ProviderMalformedAnswerException(provider(), operation + ": answer lacks " + field, null, null);
    }
    return value;
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
      boolean sameOrigin = own.getScheme().equalsIgnoreCase(String.valueOf(given.getScheme()))
          && own.getHost().equalsIgnoreCase(String.valueOf(given.getHost()))
          && own.getPort() == given.getPort();
      String ownPath = own.getRawPath() == null ? "" : own.getRawPath();
      String path = given.getRawPath();
      if (!sameOrigin || path == null || !path.startsWith(ownPath + "/")) {
        return null;
      }
      // The client prefixes the base URL's own path itself.
      return path.substring(ownPath.length()) + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private byte[] encode(String operation, Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException(provider() + ": cannot encode " + operation + " request", e);
    }
  }

  private ProviderErrorBody readError(ProviderHttpAnswer answer) {
    if (answer.body().length == 0) {
      return null;
    }
    try {
      return json.readValue(answer.body(), Argument.of(ProviderErrorBody.class));
    } catch (IOException | RuntimeException e) {
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
