package dev.hppgateway.example.acmepay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for Acme Pay's API on loopback, so the example adapter talks real HTTP. */
final class AcmePayServer implements AutoCloseable {
  static final String API_KEY = "acme-test-key";

  private final HttpServer server;
  private final Map<String, String> statuses = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();

  AcmePayServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/links", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void shopper(String linkId, String status) {
    statuses.put(linkId, status);
  }

  /** How many requests reached Acme so far. */
  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
    }
    if (!API_KEY.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
      answer(exchange, 401, "{\"error\":\"unauthorized\"}");
      return;
    }
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (method.equals("POST") && path.equals("/links")) {
      String id = "lnk_" + sequence.incrementAndGet();
      statuses.put(id, "open");
      answer(exchange, 201, link(id));
    } else if (method.equals("GET") && statuses.containsKey(path.substring("/links/".length()))) {
      answer(exchange, 200, link(path.substring("/links/".length())));
    } else {
      answer(exchange, 404, "{\"error\":\"not found\"}");
    }
  }

  private String link(String id) {
    return "{\"id\":\""
        + id
        + "\",\"url\":\""
        + baseUrl()
        + "/pay/"
        + id
        + "\",\"status\":\""
        + statuses.get(id)
        + "\"}";
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
