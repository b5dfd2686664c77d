package dev.hppgateway.bootstrap.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.ProviderCallbackCommand;
import dev.hppgateway.application.port.out.ProviderCallback;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The callback endpoint of an embedded gateway, on the JDK's own HTTP server: what a plain Java
 * program needs so providers can reach {@code /callbacks/{provider}/{session}/{secret}[/rest]}
 * (per-session) and {@code /callbacks/{provider}/m/{merchant}/{secret}} (per-merchant, Optty).
 * Unknown pages and wrong secrets get 404, everything else 204; handling runs on worker threads
 * because it calls the provider.
 */
final class DemoCallbackReceiver implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private volatile HandleProviderCallbackUseCase callbacks;

  DemoCallbackReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/callbacks/", this::handle);
    server.setExecutor(workers);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void forwardTo(HandleProviderCallbackUseCase useCase) {
    this.callbacks = useCase;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] parts = exchange.getRequestURI().getRawPath().substring("/callbacks/".length()).split("/", 5);
    int status;
    try {
      status = parts.length < 3 ? 404 : answer(outcome(parts, exchange, body));
    } catch (RuntimeException e) {
      status = 502; // the provider could not be read: let the provider retry
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private CallbackOutcome outcome(String[] parts, HttpExchange exchange, String body) {
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    String query = exchange.getRequestURI().getRawQuery();
    ProviderId provider = ProviderId.of(parts[0]);
    if (parts[1].equals("m") && parts.length >= 4) {
      String rest = rest(parts.length > 4 ? parts[4] : null, query);
      return callbacks.handle(ProviderCallbackCommand.forMerchant(
          provider, MerchantId.of(parts[2]), parts[3], new ProviderCallback(rest, headers, body)));
    }
    String rest = rest(parts.length > 3 ? parts[3] + (parts.length > 4 ? "/" + parts[4] : "") : null, query);
    return callbacks.handle(ProviderCallbackCommand.forSession(
        provider, HppSessionId.of(parts[1]), parts[2], new ProviderCallback(rest, headers, body)));
  }

  private static String rest(String path, String query) {
    return (path == null ? "" : "/" + path) + (query == null ? "" : "?" + query);
  }

  private static int answer(CallbackOutcome outcome) {
    return outcome == CallbackOutcome.REJECTED ? 404 : 204;
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
