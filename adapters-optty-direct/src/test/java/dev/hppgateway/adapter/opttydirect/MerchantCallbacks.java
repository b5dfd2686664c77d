package dev.hppgateway.adapter.opttydirect;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The gateway's callback endpoint as the sandbox sees it: a JDK server on loopback that answers
 * 200 to every POST (Optty webhooks) and remembers what came in.
 */
final class MerchantCallbacks implements AutoCloseable {

  record Received(String path, String body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();

  MerchantCallbacks() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(new Received(exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
          body));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Received> matching(Predicate<Received> filter) {
    return received.stream().filter(filter).toList();
  }

  /** Waits (up to 10 s) until at least {@code count} received calls match; returns them all. */
  List<Received> await(Predicate<Received> filter, int count) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<Received> found = matching(filter);
      if (found.size() >= count) {
        return found;
      }
      pause(20);
    }
    throw new AssertionError("expected " + count + " matching callbacks, got " + matching(filter)
        + " among " + List.copyOf(received));
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
