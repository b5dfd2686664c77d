package com.example.shop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hppgateway.application.port.in.CallbackOutcome;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.ReceivedCallback;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The shop's callback endpoint on the JDK's HTTP server: every request under {@code /callbacks/}
 * goes to the gateway, and its outcome becomes the HTTP status the provider sees.
 */
final class CallbackReceiver implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private volatile HandleProviderCallbackUseCase callbacks;

  CallbackReceiver() throws IOException {
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
    int status;
    try {
      status =
          status(
              callbacks.handle(
                  new ReceivedCallback(
                      exchange.getRequestURI().getRawPath(),
                      exchange.getRequestURI().getRawQuery(),
                      exchange.getRequestHeaders(),
                      body)));
    } catch (RuntimeException e) {
      status = 502; // the provider could not be read back: let it send the callback again
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private static int status(CallbackOutcome outcome) {
    switch (outcome) {
      case REJECTED:
        return 404;
      case NOT_YET_CONFIRMED:
        return 503;
      default:
        return 204;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
