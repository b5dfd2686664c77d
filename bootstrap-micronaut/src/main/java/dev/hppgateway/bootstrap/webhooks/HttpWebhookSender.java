package dev.hppgateway.bootstrap.webhooks;

import dev.hppgateway.application.port.out.events.WebhookSender;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * {@link WebhookSender} posting over a connection to an address it checked ({@link PinnedPost}):
 * one POST per attempt, no redirect followed (a 3xx is just the answer), no proxy, the whole
 * exchange bounded by the timeout (5 s in the service).
 *
 * <p><b>SSRF guard</b>, at every attempt: in live mode the URL must be https, and its host is
 * resolved and <em>every</em> address it resolves to must be public (see {@link WebhookAddresses});
 * one forbidden address refuses the attempt. Sandbox mode also allows http and loopback addresses,
 * for local testing; private, link-local, multicast and metadata addresses stay forbidden. The
 * request then goes to one of exactly those checked addresses (the next one only if connecting to
 * the previous failed): the host is not looked up a second time, so a DNS answer changing after the
 * check (rebinding) cannot redirect it. TLS still names the host and checks its certificate.
 */
final class HttpWebhookSender implements WebhookSender {
  private final PinnedPost post;
  private final Duration timeout;
  private final boolean sandbox;
  private final Resolver resolver;

  /** Looks a host name up; all its addresses. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  HttpWebhookSender(Duration timeout, boolean sandbox) {
    this(timeout, sandbox, InetAddress::getAllByName);
  }

  HttpWebhookSender(Duration timeout, boolean sandbox, Resolver resolver) {
    this(timeout, sandbox, resolver, (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  /**
   * @param tls the TLS sockets for https URLs (the JVM's default trust store in the service)
   */
  HttpWebhookSender(Duration timeout, boolean sandbox, Resolver resolver, SSLSocketFactory tls) {
    this.timeout = timeout;
    this.sandbox = sandbox;
    this.resolver = resolver;
    this.post = new PinnedPost(tls);
  }

  @Override
  public int send(String url, String body, Map<String, String> headers)
      throws WebhookSendException {
    Target target = checked(url);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> all = new LinkedHashMap<>();
    all.put("User-Agent", "hpp-gateway-webhooks/1");
    all.putAll(headers);
    IOException last = null;
    for (InetAddress address : target.addresses()) {
      try {
        return post.post(target.uri(), address, all, bytes, timeout);
      } catch (ConnectException | NoRouteToHostException e) {
        last = e; // nothing was sent: the next checked address may answer
      } catch (SocketTimeoutException e) {
        throw new WebhookSendException("no answer within " + timeout.toMillis() + " ms");
      } catch (IOException e) {
        throw failure(e);
      }
    }
    throw failure(last);
  }

  private static WebhookSendException failure(IOException e) {
    String message = e.getMessage();
    return new WebhookSendException(
        e.getClass().getSimpleName() + (message == null ? "" : ": " + message));
  }

  /** A URL the guard let through and the addresses it may be sent to. */
  record Target(URI uri, List<InetAddress> addresses) {}

  /** The URL, if the guard lets the gateway call it now. */
  URI check(String url) throws WebhookSendException {
    return checked(url).uri();
  }

  /** The URL and its checked addresses, if the guard lets the gateway call it now. */
  Target checked(String url) throws WebhookSendException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new WebhookSendException("refused: the webhook URL is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !(sandbox && scheme.equals("http"))) {
      throw new WebhookSendException(
          "refused: the webhook URL must be https" + (sandbox ? " or http" : ""));
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new WebhookSendException("refused: the webhook URL has no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new WebhookSendException("refused: the webhook URL must not carry credentials");
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new WebhookSendException("the webhook host " + host + " does not resolve");
    }
    if (addresses.length == 0) {
      throw new WebhookSendException("the webhook host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      String forbidden = WebhookAddresses.forbidden(address);
      if (forbidden != null && !(sandbox && forbidden.equals(WebhookAddresses.LOOPBACK))) {
        throw new WebhookSendException(
            "refused: the webhook host "
                + host
                + " resolves to a "
                + forbidden
                + " address ("
                + address.getHostAddress()
                + ")");
      }
    }
    return new Target(uri, List.of(addresses));
  }

  @Override
  public String toString() {
    return "HttpWebhookSender[timeout=" + timeout + ", sandbox=" + sandbox + "]";
  }
}
