package dev.hppgateway.sandbox;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for talking to the sandbox the way an adapter would (redirects not followed).
 */
final class Http {

  static final String BASIC =
      "Basic "
          + Base64.getEncoder().encodeToString("PK_test:secret".getBytes(StandardCharsets.UTF_8));
  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  record Answer(int status, HttpResponse<byte[]> raw) {

    String body() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    byte[] bytes() {
      return raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return JSON.readValue(raw.body(), JsonNode.class);
      } catch (IOException unreadable) {
        throw new UncheckedIOException("not JSON: " + body(), unreadable);
      }
    }

    String text(String field) {
      JsonNode node = json().get(field);
      return node == null || node.isNull() ? null : node.coerceStringValue();
    }
  }

  static Answer get(String url, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
  }

  static Answer delete(String url, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), headers);
  }

  static Answer postJson(String url, String json, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        headers);
  }

  static Answer putJson(String url, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  static Answer postForm(String url, Map<String, String> form, String... headers) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  /** headers as name, value, name, value ... */
  private static Answer send(HttpRequest.Builder builder, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(
              builder.timeout(Duration.ofSeconds(20)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
