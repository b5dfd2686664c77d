package dev.hppgateway.adapter.hppv1;

/**
 * A provider's HTTP answer before interpretation: status, raw body (empty when none) and the
 * Retry-After header when it sent one.
 */
public record ProviderHttpAnswer(int status, byte[] body, String retryAfter) {

  public ProviderHttpAnswer {
    body = body == null ? new byte[0] : body;
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    // The body may hold authorization tokens: never print it.
    return "ProviderHttpAnswer[status=" + status + ", bodyBytes=" + body.length + "]";
  }
}
