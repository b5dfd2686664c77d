package dev.hppgateway.bootstrap.reliability;

import com.sun.net.httpserver.HttpServer;
import dev.hppgateway.application.webhook.WebhookSignature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A merchant's webhook endpoint on loopback for the reliability tests: records every request it
 * gets (in arrival order), checks its {@code Hpp-Signature} with {@link WebhookSignature#verify}
 * and the merchant's secret over the raw body, and answers the status it is set to (200 by
 * default). It can be down (no server on its port: connection refused) and come up again on the
 * same port. The secret is never printed.
 */
final class WebhookReceiver implements AutoCloseable {
  static final String PATH = "/merchant-hooks";
  private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");
  private static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]+)\"");
  private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");
  private static final Pattern PAGE = Pattern.compile("\"data\":\\{\"id\":\"([^\"]+)\"");

  /** One request as received; {@code signed} says whether its signature verified. */
  record Delivery(
      String eventId, String type, long sequence, String pageId, boolean signed, int answered) {}

  private final int port;
  private final String secret;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private HttpServer server;

  WebhookReceiver(int port, String secret) {
    this.port = port;
    this.secret = secret;
  }

  String url() {
    return "http://127.0.0.1:" + port + PATH;
  }

  /** Answers every request with {@code status} from now on. */
  void answer(int status) {
    this.status = status;
  }

  /** Starts listening on its port (again). */
  synchronized void up() throws IOException {
    if (server != null) {
      return;
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    server.createContext(
        PATH,
        exchange -> {
          try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String header = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
            boolean signed;
            try {
              signed = WebhookSignature.verify(body, header, secret, Duration.ofMinutes(5));
            } catch (WebhookSignature.MalformedSignatureException e) {
              signed = false;
            }
            int answer = signed ? status : 400;
            deliveries.add(
                new Delivery(
                    group(ID, body),
                    group(TYPE, body),
                    Long.parseLong(group(SEQUENCE, body)),
                    group(PAGE, body),
                    signed,
                    answer));
            exchange.sendResponseHeaders(answer, -1);
          }
        });
    server.start();
  }

  /** Forgets what it received (between tests sharing it). */
  void clear() {
    deliveries.clear();
  }

  /** Stops listening: a connection to its port is refused until {@link #up()}. */
  synchronized void down() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** Every request received so far, in arrival order. */
  List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  /** The requests it answered 2xx, in arrival order. */
  List<Delivery> accepted() {
    return deliveries.stream().filter(d -> d.answered() >= 200 && d.answered() < 300).toList();
  }

  /**
   * Per page, the events it accepted, each once (by event id) in the order of its first accepted
   * delivery: what a receiver that dedupes by id processes.
   */
  Map<String, List<Delivery>> distinctAcceptedByPage() {
    Map<String, Delivery> firstById = new LinkedHashMap<>();
    for (Delivery delivery : accepted()) {
      firstById.putIfAbsent(delivery.eventId(), delivery);
    }
    Map<String, List<Delivery>> byPage = new LinkedHashMap<>();
    for (Delivery delivery : firstById.values()) {
      byPage.computeIfAbsent(delivery.pageId(), page -> new ArrayList<>()).add(delivery);
    }
    return byPage;
  }

  @Override
  public void close() {
    down();
  }

  private static String group(Pattern pattern, String body) {
    Matcher matcher = pattern.matcher(body);
    if (!matcher.find()) {
      throw new IllegalStateException("webhook body without " + pattern);
    }
    return matcher.group(1);
  }
}
