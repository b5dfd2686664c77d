package dev.hppgateway.bootstrap.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.HandleProviderCallbackUseCase;
import dev.hppgateway.application.port.in.ReceivedCallback;
import dev.hppgateway.bootstrap.callback.ProviderCallbackController;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The callback endpoint of an embedded gateway on the JDK's own HTTP server: what a plain Java
 * program needs so providers can reach the URLs of {@link CallbackUrl}. The service does the same
 * in its {@code ProviderCallbackController}. Handling runs on worker threads: it calls the
 * provider.
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
    ReceivedCallback callback =
        new ReceivedCallback(
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders(),
            body);
    int status;
    try {
      status = ProviderCallbackController.status(callbacks.handle(callback));
    } catch (RuntimeException e) {
      status = 502; // the provider could not be read back: let it retry
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }
}
