package dev.hppgateway.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hppgateway.application.webhook.WebhookSignature;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToLongFunction;

/**
 * A merchant's webhook endpoint on loopback for the process tests: answers every delivery 204 after
 * holding it for a moment (so deliveries of one event by two senders at once would overlap), and
 * records each one: the event id ({@code Hpp-Event-Id}), when it arrived and was answered, whether
 * its {@code Hpp-Signature} verifies with the merchant's secret, and which process sent it (see
 * {@link SocketOwner}). The test reads the record: distinct ids, ids received more than once, and
 * deliveries of one id that overlapped in time.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One delivery as received; {@code sender} is the sending process's pid, -1 if unknown. */
  public record Delivery(
      String eventId, long startNanos, long endNanos, boolean signed, int answered, long sender) {

    boolean overlaps(Delivery other) {
      return startNanos <= other.endNanos && other.startNanos <= endNanos;
    }
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final String secret;
  private volatile Duration hold;
  private final List<Delivery> deliveries = new ArrayList<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private volatile ToLongFunction<Integer> senderOf = port -> -1;

  private WebhookReceiver(String secret, Duration hold) throws IOException {
    this.secret = secret;
    this.hold = hold;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    this.threads = Executors.newFixedThreadPool(8);
    server.setExecutor(threads);
    server.createContext("/webhooks", this::receive);
    server.start();
  }

  /**
   * On a free loopback port.
   *
   * @param secret the merchant's webhook secret, to check each delivery's signature
   * @param hold how long each delivery is held before the 204
   */
  public static WebhookReceiver start(String secret, Duration hold) throws IOException {
    return new WebhookReceiver(secret, hold);
  }

  /** The merchant's webhook URL. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks";
  }

  /** Names each delivery's sender from its TCP source port: among {@code pids}, by /proc. */
  public void identifySendersAmong(Collection<Long> pids) {
    int port = server.getAddress().getPort();
    senderOf = clientPort -> SocketOwner.pidOf(clientPort, port, pids);
  }

  private void receive(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String id = exchange.getRequestHeaders().getFirst("Hpp-Event-Id");
    inFlight.add(id);
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
      boolean signed;
      try {
        signed = WebhookSignature.verify(body, signature, secret, Duration.ofMinutes(5));
      } catch (RuntimeException malformed) {
        signed = false;
      }
      long sender = senderOf.applyAsLong(exchange.getRemoteAddress().getPort());
      try {
        Thread.sleep(hold.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      // recorded before the answer: a sender killed meanwhile still delivered it
      synchronized (deliveries) {
        deliveries.add(new Delivery(id, start, System.nanoTime(), signed, 204, sender));
      }
      exchange.sendResponseHeaders(204, -1);
    } finally {
      inFlight.remove(id);
      exchange.close();
    }
  }

  /** The ids of the deliveries being received (not yet answered) right now. */
  public Set<String> inFlight() {
    return Set.copyOf(inFlight);
  }

  /** From now on, each delivery is held this long before its answer. */
  public void holdFor(Duration hold) {
    this.hold = hold;
  }

  /** Every delivery so far, in the order they were answered. */
  public List<Delivery> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  /** The distinct event ids received. */
  public Set<String> distinctIds() {
    Set<String> ids = new LinkedHashSet<>();
    deliveries().forEach(d -> ids.add(d.eventId()));
    return ids;
  }

  /** Event ids received more than once, with how often. */
  public Map<String, Integer> duplicates() {
    Map<String, Integer> counts = counts();
    counts.values().removeIf(n -> n < 2);
    return counts;
  }

  /**
   * Event ids of which two deliveries overlapped in time: two senders had the event at once, within
   * one attempt window.
   */
  public List<String> overlapping() {
    List<Delivery> all = deliveries();
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (all.get(j).eventId().equals(all.get(i).eventId()) && all.get(j).overlaps(all.get(i))) {
          found.add(all.get(i).eventId());
        }
      }
    }
    return List.copyOf(found);
  }

  /** How often each event id was received. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    deliveries().forEach(d -> counts.merge(d.eventId(), 1, Integer::sum));
    return counts;
  }

  /** Deliveries per sending process (pid, -1 unknown). */
  public Map<Long, Integer> deliveriesBySender() {
    Map<Long, Integer> by = new LinkedHashMap<>();
    deliveries().forEach(d -> by.merge(d.sender(), 1, Integer::sum));
    return by;
  }

  /** How many deliveries had a signature that did not verify. */
  public long unsigned() {
    return deliveries().stream().filter(d -> !d.signed()).count();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
