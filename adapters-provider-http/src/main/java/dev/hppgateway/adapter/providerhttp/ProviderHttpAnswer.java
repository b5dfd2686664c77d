package dev.hppgateway.adapter.providerhttp;

import java.time.Duration;

/**
 * A provider's HTTP answer before interpretation: the adapter, not the client, decides what a
 * status means (a 404 on a read may be "gone" or "not paid yet").
 *
 * @param body the raw body, empty when none
 * @param correlationId the request id the provider sent in a header, or null
 * @param retryAfter the parsed {@code Retry-After}, or null
 * @param location the {@code Location} header as sent (such as a created resource's URL), or null
 */
public record ProviderHttpAnswer(
    int status, byte[] body, String correlationId, Duration retryAfter, String location) {

  public ProviderHttpAnswer {
    body = body == null ? new byte[0] : body;
  }

  /** An answer without a {@code Location} header. */
  public ProviderHttpAnswer(int status, byte[] body, String correlationId, Duration retryAfter) {
    this(status, body, correlationId, retryAfter, null);
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    // The body may hold authorization tokens: never print it.
    return "ProviderHttpAnswer[status="
        + status
        + ", bodyBytes="
        + body.length
        + ", correlationId="
        + correlationId
        + ", retryAfter="
        + retryAfter
        + "]";
  }
}
