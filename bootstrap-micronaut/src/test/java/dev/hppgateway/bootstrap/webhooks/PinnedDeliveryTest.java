package dev.hppgateway.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.hppgateway.application.port.out.events.WebhookSender.WebhookSendException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook sender connects to the address its SSRF guard checked, never to a second DNS answer:
 * the host names used here ({@code *.test}, reserved) resolve nowhere, so a request that arrives
 * proves no second look-up happened. Over https the certificate must still be valid for the host
 * name (a self-signed certificate for {@code webhooks.test}, made with the JDK's keytool, served by
 * a loopback HttpsServer and trusted by the sender under test only). Slow and broken receivers are
 * cut off at the timeout.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PinnedDeliveryTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final InetAddress[] LOOPBACK = {InetAddress.getLoopbackAddress()};

  @TempDir static Path dir;
  private HttpsServer https;
  private SSLContext tls;
  private final List<String> received = new CopyOnWriteArrayList<>();

  @BeforeAll
  void start() throws Exception {
    Path keystore = dir.resolve("webhooks.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "receiver",
                "-keyalg",
                "EC",
                "-dname",
                "CN=webhooks.test",
                "-ext",
                "SAN=dns:webhooks.test",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue())
        .as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, PASSWORD);
    }
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    SSLContext server = SSLContext.getInstance("TLS");
    server.init(keys.getKeyManagers(), null, null);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);

    https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    https.setHttpsConfigurator(new HttpsConfigurator(server));
    https.createContext(
        "/hook",
        exchange -> {
          received.add(
              exchange.getRequestHeaders().getFirst("Host")
                  + " "
                  + exchange.getRequestHeaders().getFirst("Hpp-Signature")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    https.start();
  }

  @AfterAll
  void stop() {
    https.stop(0);
  }

  private HttpWebhookSender sender(String expectedHost) {
    return new HttpWebhookSender(
        TIMEOUT,
        true,
        host -> {
          assertThat(host).isEqualTo(expectedHost);
          return LOOPBACK;
        },
        tls.getSocketFactory());
  }

  @Test
  void anHttpsWebhookGoesToTheCheckedAddressWithTheHostNamedForTls() throws Exception {
    received.clear();
    int port = https.getAddress().getPort();

    int status =
        sender("webhooks.test")
            .send(
                "https://webhooks.test:" + port + "/hook?shop=1",
                "{\"a\":\"å\"}",
                Map.of("Hpp-Signature", "t=1,v1=ab"));

    assertThat(status).isEqualTo(204);
    assertThat(received).containsExactly("webhooks.test:" + port + " t=1,v1=ab {\"a\":\"å\"}");
  }

  @Test
  void aCertificateNotValidForTheHostIsRefusedAndNothingIsDelivered() {
    received.clear();
    int port = https.getAddress().getPort();

    assertThatThrownBy(
            () ->
                sender("elsewhere.test")
                    .send("https://elsewhere.test:" + port + "/hook", "{}", Map.of()))
        .isInstanceOf(WebhookSendException.class)
        .hasMessageContaining("SSL");
    assertThat(received).isEmpty();
  }

  @Test
  void aReceiverThatNeverAnswersIsCutOffAtTheTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try (Socket ignored = silent.accept()) {
                  Thread.sleep(TIMEOUT.multipliedBy(3).toMillis());
                } catch (Exception done) {
                  // closed at the end of the test
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();

      // the receiver closes after 6 s: without the timeout this would be "an empty answer"
      assertThatThrownBy(
              () ->
                  sender("silent.test")
                      .send("http://silent.test:" + silent.getLocalPort() + "/", "{}", Map.of()))
          .isInstanceOf(WebhookSendException.class)
          .hasMessageContaining("no answer within 2000 ms");
    }
  }

  @Test
  void anAnswerThatIsNotHttpIsAFailedAttempt() throws Exception {
    try (ServerSocket broken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answerer =
          new Thread(
              () -> {
                try (Socket socket = broken.accept()) {
                  socket
                      .getOutputStream()
                      .write("SSH-2.0-nope\r\n".getBytes(StandardCharsets.US_ASCII));
                  socket.getOutputStream().flush();
                  Thread.sleep(200);
                } catch (Exception done) {
                  // closed at the end of the test
                }
              });
      answerer.setDaemon(true);
      answerer.start();

      assertThatThrownBy(
              () ->
                  sender("broken.test")
                      .send("http://broken.test:" + broken.getLocalPort() + "/", "{}", Map.of()))
          .isInstanceOf(WebhookSendException.class)
          .hasMessageContaining("not an HTTP status line");
    }
  }
}
