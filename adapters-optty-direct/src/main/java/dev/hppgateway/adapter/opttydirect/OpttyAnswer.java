package dev.hppgateway.adapter.opttydirect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP answer from Optty, whatever its status: the adapter, not the HTTP client, decides what
 * a status means (a 404 on an order read is "not paid yet", elsewhere a rejection).
 *
 * @param correlationId the request id Optty sent back, if any
 * @param retryAfter parsed {@code Retry-After}, or null
 */
record OpttyAnswer(int status, byte[] body, String correlationId, Duration retryAfter) {

  OpttyAnswer {
    body = body == null ? new byte[0] : body;
  }

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
