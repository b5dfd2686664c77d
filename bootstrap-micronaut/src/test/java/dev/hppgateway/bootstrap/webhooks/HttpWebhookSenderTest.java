package dev.hppgateway.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.hppgateway.application.port.out.events.WebhookSender.WebhookSendException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpWebhookSenderTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private HttpServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          received.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Hpp-Signature")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.createContext(
        "/moved",
        exchange -> {
          received.add("moved");
          exchange.getResponseHeaders().add("Location", "/hook");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void postsTheBodyWithTheHeadersAndReturnsTheStatusInSandboxMode() throws Exception {
    HttpWebhookSender sender = new HttpWebhookSender(TIMEOUT, true);
    int status = sender.send(url("/hook"), "{\"a\":1}", Map.of("Hpp-Signature", "t=1,v1=ab"));
    assertThat(status).isEqualTo(204);
    assertThat(received).containsExactly("POST t=1,v1=ab {\"a\":1}");
  }

  @Test
  void aRedirectIsReturnedNotFollowed() throws Exception {
    HttpWebhookSender sender = new HttpWebhookSender(TIMEOUT, true);
    assertThat(sender.send(url("/moved"), "{}", Map.of())).isEqualTo(302);
    assertThat(received).containsExactly("moved");
  }

  @Test
  void liveModeRefusesHttpAndLoopbackWithoutSending() {
    HttpWebhookSender live = new HttpWebhookSender(TIMEOUT, false);
    assertThatThrownBy(() -> live.send(url("/hook"), "{}", Map.of()))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(
            () -> live.send("https://127.0.0.1:" + server.getAddress().getPort(), "{}", Map.of()))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageContaining("loopback");
    assertThat(received).isEmpty();
  }

  @Test
  void everyResolvedAddressIsCheckedNotJustTheFirst() throws Exception {
    HttpWebhookSender live =
        new HttpWebhookSender(
            TIMEOUT,
            false,
            host ->
                new InetAddress[] {
                  InetAddress.getByName("93.184.216.34"), InetAddress.getByName("169.254.169.254")
                });
    assertThatThrownBy(() -> live.check("https://shop.example/hooks"))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageContaining("cloud metadata");
  }

  @Test
  void sandboxModeStillRefusesPrivateAndMetadataAddresses() throws Exception {
    HttpWebhookSender sandbox =
        new HttpWebhookSender(
            TIMEOUT, true, host -> new InetAddress[] {InetAddress.getByName("10.0.0.5")});
    assertThatThrownBy(() -> sandbox.check("http://internal.example/"))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageContaining("private");
    HttpWebhookSender sandboxMeta = new HttpWebhookSender(TIMEOUT, true);
    assertThatThrownBy(() -> sandboxMeta.check("http://169.254.169.254/latest/meta-data/"))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageContaining("cloud metadata");
    assertThatThrownBy(() -> sandboxMeta.check("http://[::ffff:169.254.169.254]/"))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageContaining("cloud metadata");
  }

  @Test
  void aPublicHttpsUrlPassesTheGuard() throws Exception {
    HttpWebhookSender live =
        new HttpWebhookSender(
            TIMEOUT, false, host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")});
    assertThat(live.check("https://shop.example/hooks").getHost()).isEqualTo("shop.example");
  }

  @Test
  void credentialsInTheUrlAndOtherSchemesAreRefused() {
    HttpWebhookSender live = new HttpWebhookSender(TIMEOUT, false, host -> new InetAddress[0]);
    assertThatThrownBy(() -> live.check("https://user:pw@shop.example/"))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageNotContaining("pw");
    assertThatThrownBy(() -> live.check("file:///etc/passwd"))
        .isInstanceOf(WebhookSendException.class);
    assertThatThrownBy(() -> live.check("https://shop.example/"))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageContaining("does not resolve");
  }

  @Test
  void aConnectionFailureIsATransportFailure() throws Exception {
    HttpWebhookSender sender = new HttpWebhookSender(TIMEOUT, true);
    String closed = url("/hook");
    server.stop(0);
    assertThatThrownBy(() -> sender.send(closed, "{}", Map.of()))
        .isInstanceOf(WebhookSendException.class);
  }
}
