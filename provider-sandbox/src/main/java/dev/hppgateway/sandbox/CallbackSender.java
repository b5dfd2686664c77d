package dev.hppgateway.sandbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers status callbacks, KCO pushes and Optty webhooks off the request thread, with the
 * provider's callback faults applied: dropped, duplicated or held back (so a later callback
 * overtakes it). A failed delivery (non-2xx, timeout) is retried a few times, as the providers do.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
public class CallbackSender {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);

  private final SandboxSettings settings;
  private final FaultRegistry faults;
  private final JsonMapper json;
  private final HttpClient client;
  private final ScheduledExecutorService scheduler;

  public CallbackSender(SandboxSettings settings, FaultRegistry faults, JsonMapper json) {
    this.settings = settings;
    this.faults = faults;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(settings.callbackTimeout()).build();
    AtomicInteger threads = new AtomicInteger();
    this.scheduler =
        Executors.newScheduledThreadPool(
            2,
            runnable -> {
              Thread thread =
                  new Thread(runnable, "sandbox-callbacks-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * A JSON POST (status callback, webhook), retried up to the configured attempts. The body is
   * serialised now, so every copy and retry carries the state of this moment.
   */
  public void postJson(SimulatedProvider provider, String url, Object body) {
    String serialised;
    try {
      serialised = json.writeValueAsString(body);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    deliver(provider, url, serialised, settings.callbackAttempts());
  }

  /** An empty POST tried once (KCO push: the repetition until acknowledged is the retry). */
  public void postEmptyOnce(SimulatedProvider provider, String url) {
    deliver(provider, url, null, 1);
  }

  /** Runs a task later on the callback threads (used for the KCO push schedule). */
  public void schedule(Runnable task, Duration delay) {
    if (!scheduler.isShutdown()) {
      scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void deliver(SimulatedProvider provider, String url, String json, int attempts) {
    FaultSettings profile = faults.get(provider);
    if (faults.roll(profile.dropCallbackRate())) {
      LOG.info("fault: dropped callback to {}", origin(url));
      return;
    }
    long delay = faults.roll(profile.delayCallbackRate()) ? profile.callbackDelayMs() : 0L;
    int copies = faults.roll(profile.duplicateCallbackRate()) ? 2 : 1;
    if (delay > 0) {
      LOG.info("fault: callback to {} held back {} ms", origin(url), delay);
    }
    if (copies > 1) {
      LOG.info("fault: callback to {} delivered twice", origin(url));
    }
    for (int copy = 0; copy < copies; copy++) {
      schedule(() -> attempt(url, json, 1, attempts), Duration.ofMillis(delay));
    }
  }

  /**
   * Where a callback goes, for logs: scheme, host and port only. Callback URLs carry the receiver's
   * secret (the gateway puts one in every status_update and webhook URL).
   */
  static String origin(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
          + "/…";
    } catch (IllegalArgumentException e) {
      return "(unparseable URL)";
    }
  }

  private void attempt(String url, String json, int attempt, int attempts) {
    boolean delivered = false;
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(settings.callbackTimeout())
              .header("User-Agent", "hpp-gateway-provider-sandbox");
      if (json == null) {
        request.POST(HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
      }
      int status =
          client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
      delivered = status >= 200 && status < 300;
      LOG.debug("callback {} attempt {} answered {}", origin(url), attempt, status);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return;
    } catch (Exception failure) {
      LOG.debug(
          "callback {} attempt {} failed: {}",
          origin(url),
          attempt,
          failure.getClass().getSimpleName());
    }
    if (!delivered && attempt < attempts) {
      schedule(() -> attempt(url, json, attempt + 1, attempts), settings.callbackRetryDelay());
    }
  }

  @PreDestroy
  void close() {
    scheduler.shutdownNow();
  }
}
