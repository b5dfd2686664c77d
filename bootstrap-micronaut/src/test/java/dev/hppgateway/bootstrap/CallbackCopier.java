package dev.hppgateway.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback proxy in front of two service instances, each instance's public base URL being one of
 * its prefixes ({@code /a}, {@code /b}): a request under {@code /a/...} goes to instance A (whose
 * answer is the caller's) and, at the same moment, a copy goes to instance B (and the other way
 * round). So each provider callback lands on the instance that created the page and on the other
 * one concurrently, as when a provider retries through a load balancer. Counts what it forwarded
 * and how each instance answered the copies.
 */
final class CallbackCopier implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Map<String, String> instances = new ConcurrentHashMap<>();
  private final AtomicInteger forwarded = new AtomicInteger();
  private final Map<Integer, AtomicInteger> copyAnswers = new ConcurrentHashMap<>();

  CallbackCopier() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext("/", this::forward);
    server.start();
  }

  /** The public base URL to give the instance known as {@code name} ("a" or "b"). */
  String publicBaseUrl(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
  }

  /** Where instance {@code name} listens, e.g. {@code http://127.0.0.1:8081}. */
  void route(String name, String base) {
    instances.put(name, base);
  }

  int forwarded() {
    return forwarded.get();
  }

  /** How the other instance answered the copies, by HTTP status. */
  Map<Integer, AtomicInteger> copyAnswers() {
    return copyAnswers;
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      String name = path.length() > 2 ? path.substring(1, 2) : "";
      String own = instances.get(name);
      String other = instances.get(name.equals("a") ? "b" : "a");
      if (own == null || other == null || path.charAt(2) != '/') {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String rest = path.substring(2) + (query == null ? "" : "?" + query);
      forwarded.incrementAndGet();
      var copy =
          http.sendAsync(
                  request(exchange, other + rest, body), HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (answer, failure) ->
                      copyAnswers
                          .computeIfAbsent(
                              failure == null ? answer.statusCode() : -1, k -> new AtomicInteger())
                          .incrementAndGet());
      HttpResponse<byte[]> answer;
      try {
        answer =
            http.send(request(exchange, own + rest, body), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(502, -1);
        return;
      } catch (IOException e) {
        exchange.sendResponseHeaders(502, -1);
        return;
      }
      copy.exceptionally(e -> null);
      byte[] answered = answer.body();
      answer
          .headers()
          .firstValue("Content-Type")
          .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
      exchange.sendResponseHeaders(
          answer.statusCode(), answered.length == 0 ? -1 : answered.length);
      if (answered.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answered);
        }
      }
    }
  }

  private static HttpRequest request(HttpExchange exchange, String url, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(15))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    for (String header : List.of("Content-Type", "Authorization", "Accept")) {
      String value = exchange.getRequestHeaders().getFirst(header);
      if (value != null) {
        request.header(header, value);
      }
    }
    return request.build();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
