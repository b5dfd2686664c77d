package dev.hppgateway.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A tiny merchant endpoint on loopback that records what the sandbox sends it. */
final class CallbackReceiver implements AutoCloseable {

    record Received(String method, String uri, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), body));
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    void answerWith(int httpStatus) {
        status = httpStatus;
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    List<Received> matching(Predicate<Received> filter) {
        return received.stream().filter(filter).toList();
    }

    /** Waits (up to 10 s) until at least {@code count} requests match; returns them. */
    List<Received> await(Predicate<Received> filter, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Received> found = matching(filter);
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("expected " + count + " matching callbacks, got " + matching(filter) + " of " + all());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
