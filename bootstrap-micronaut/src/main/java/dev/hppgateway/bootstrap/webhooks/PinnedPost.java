package dev.hppgateway.bootstrap.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to an address chosen by the caller, not looked up again: the webhook sender
 * checks the addresses a host resolves to, then connects to exactly one of them, so a DNS answer
 * that changes after the check (rebinding) cannot send the request elsewhere. For {@code https} the
 * TLS handshake still names the host (SNI) and the server's certificate must be valid for the host
 * name, as with any HTTPS client.
 *
 * <p>The request is sent with {@code Connection: close}; only the status line of the answer is read
 * (at most 8 KiB), so a receiver cannot make the gateway read or buffer a large body. The whole
 * exchange, connecting included, is bounded by the timeout.
 */
final class PinnedPost {
  private static final int STATUS_LINE_LIMIT = 8 * 1024;
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "webhook-post-watchdog");
            thread.setDaemon(true);
            return thread;
          });

  private final SSLSocketFactory tls;

  PinnedPost(SSLSocketFactory tls) {
    this.tls = tls;
  }

  /** A status line that is not one, or none within the limit. */
  static final class MalformedAnswerException extends IOException {
    MalformedAnswerException(String message) {
      super(message);
    }
  }

  /**
   * Posts {@code body} to {@code uri} over a connection to {@code address}; the answer's status.
   *
   * @throws SocketTimeoutException when the exchange takes longer than {@code timeout}
   * @throws IOException when connecting, the handshake or the exchange fails
   */
  int post(URI uri, InetAddress address, Map<String, String> headers, byte[] body, Duration timeout)
      throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean https = "https".equals(uri.getScheme().toLowerCase(Locale.ROOT));
    int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
    Socket plain = new Socket();
    // whatever the socket is doing (connecting, writing to a receiver that does not read), it is
    // closed at the deadline
    ScheduledFuture<?> watchdog =
        WATCHDOG.schedule(() -> closeQuietly(plain), timeout.toNanos(), TimeUnit.NANOSECONDS);
    try (Socket socket = plain) {
      plain.connect(new InetSocketAddress(address, port), remainingMillis(deadline));
      Socket connection = https ? handshake(plain, uri.getHost(), port, deadline) : plain;
      try (connection) {
        connection.setSoTimeout(remainingMillis(deadline));
        OutputStream out = connection.getOutputStream();
        out.write(head(uri, port, https, headers, body.length));
        out.write(body);
        out.flush();
        return status(connection, deadline);
      }
    } catch (IOException e) {
      if (System.nanoTime() - deadline >= 0) {
        throw new SocketTimeoutException("the timeout ran out");
      }
      throw e;
    } finally {
      watchdog.cancel(false);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing to stop it: nothing more to do
    }
  }

  private Socket handshake(Socket plain, String host, int port, long deadline) throws IOException {
    SSLSocket ssl = (SSLSocket) tls.createSocket(plain, host, port, true);
    SSLParameters parameters = ssl.getSSLParameters();
    // the certificate must name the host, as in any HTTPS client (the JDK checks it in the
    // handshake)
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (!isAddressLiteral(host)) {
      parameters.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(parameters);
    ssl.setSoTimeout(remainingMillis(deadline));
    ssl.startHandshake();
    return ssl;
  }

  private static byte[] head(
      URI uri, int port, boolean https, Map<String, String> headers, int length) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    boolean defaultPort = port == (https ? 443 : 80);
    String host = uri.getHost() + (defaultPort ? "" : ":" + port);
    StringBuilder head = new StringBuilder(256);
    head.append("POST ").append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(host).append("\r\n");
    for (Map.Entry<String, String> header : headers.entrySet()) {
      head.append(token(header.getKey())).append(": ").append(value(header.getValue()));
      head.append("\r\n");
    }
    head.append("Content-Length: ").append(length).append("\r\n");
    head.append("Connection: close\r\n\r\n");
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static int status(Socket connection, long deadline) throws IOException {
    InputStream in = connection.getInputStream();
    ByteArrayOutputStream line = new ByteArrayOutputStream(64);
    while (true) {
      connection.setSoTimeout(remainingMillis(deadline));
      int next = in.read();
      if (next == -1 || next == '\n') {
        break;
      }
      if (line.size() >= STATUS_LINE_LIMIT) {
        throw new MalformedAnswerException("no status line in the first 8 KiB of the answer");
      }
      line.write(next);
    }
    String status = line.toString(StandardCharsets.ISO_8859_1).strip();
    // HTTP/1.1 204 No Content
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
      throw new MalformedAnswerException(
          status.isEmpty() ? "an empty answer" : "not an HTTP status line");
    }
    return Integer.parseInt(parts[1]);
  }

  private static int remainingMillis(long deadline) throws SocketTimeoutException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new SocketTimeoutException("the timeout ran out");
    }
    return (int) Math.min(Integer.MAX_VALUE, left);
  }

  private static boolean isAddressLiteral(String host) {
    return host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+");
  }

  private static String token(String name) {
    if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw new IllegalArgumentException("not a header name");
    }
    return name;
  }

  private static String value(String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a header value holds a line break");
    }
    return value;
  }
}
