package dev.hppgateway.bootstrap.webhooks;

import dev.hppgateway.application.port.out.events.WebhookSender;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link WebhookSender} on the JDK {@link HttpClient}: one POST per attempt, no redirect followed
 * (a 3xx is just the answer), no proxy, the whole exchange bounded by the timeout (5 s in the
 * service).
 *
 * <p><b>SSRF guard</b>, at every attempt: in live mode the URL must be https, and its host is
 * resolved and <em>every</em> address it resolves to must be public (see {@link WebhookAddresses});
 * one forbidden address refuses the attempt. Sandbox mode also allows http and loopback addresses,
 * for local testing; private, link-local, multicast and metadata addresses stay forbidden.
 *
 * <p>Limit, stated plainly: the JDK client cannot be told which address to connect to (it has no
 * pluggable resolver), so it resolves the host itself after the check. The JVM's positive DNS cache
 * ({@code networkaddress.cache.ttl}, 30 s by default) normally answers that second look-up with the
 * addresses just checked, and since every one of them was checked, whichever the client picks is
 * allowed. A DNS answer that changes between the two look-ups (rebinding with the cache expiring in
 * that instant, or the cache disabled) is not caught; closing that gap needs a client that connects
 * to a given IP while keeping the host name for SNI and certificate checks.
 */
final class HttpWebhookSender implements WebhookSender {
  private final HttpClient client;
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
    this.timeout = timeout;
    this.sandbox = sandbox;
    this.resolver = resolver;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
  }

  @Override
  public int send(String url, String body, Map<String, String> headers)
      throws WebhookSendException {
    URI uri = check(url);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", "hpp-gateway-webhooks/1")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<Void>> exchange =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
    try {
      // The request timeout covers the answer's headers only; this bounds the body too.
      return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new WebhookSendException("no answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new WebhookSendException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new WebhookSendException("no answer within " + timeout.toMillis() + " ms");
      }
      String message = cause.getMessage();
      throw new WebhookSendException(
          cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }
  }

  /** The URL, if the guard lets the gateway call it now. */
  URI check(String url) throws WebhookSendException {
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
    return uri;
  }

  @Override
  public String toString() {
    return "HttpWebhookSender[timeout=" + timeout + ", sandbox=" + sandbox + "]";
  }
}
