package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.ProviderId;
import io.micronaut.json.tree.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Optty failures into the three provider exceptions. Optty's API is NestJS: errors come as
 * {@code {statusCode, message, error}} where {@code message} is a string or (validation) a list of
 * strings. Every message passes through {@link OpttySecrets#redact} before it leaves the adapter.
 */
final class OpttyErrors {
  static final ProviderId PROVIDER = ProviderId.of("optty-direct");
  private static final int MAX_MESSAGES = 20;
  private static final int MAX_MESSAGE_LENGTH = 500;

  private OpttyErrors() {}

  /**
   * The exception for a non-2xx answer: 5xx, 429 and 408 mean "try later", other 4xx "refused",
   * anything else (1xx, 3xx) an answer we cannot read.
   */
  static RuntimeException forStatus(String call, OpttyAnswer answer, OpttySecrets secrets) {
    int status = answer.status();
    if (status >= 500 || status == 429 || status == 408) {
      return unavailable(call + " answered HTTP " + status, answer.correlationId(), answer.retryAfter(), null);
    }
    if (status >= 400) {
      JsonNode body = OpttyJson.treeOrNull(answer.body());
      String error = secrets.redact(OpttyJson.text(body, "error"));
      return new ProviderRejectedException(PROVIDER, status, error, messages(body, secrets), answer.correlationId());
    }
    return malformed(call + " answered unexpected HTTP " + status, answer.correlationId(), null);
  }

  static ProviderUnavailableException unavailable(
      String message, String correlationId, Duration retryAfter, Throwable cause) {
    return new ProviderUnavailableException(PROVIDER, message, correlationId, retryAfter, cause);
  }

  static ProviderMalformedAnswerException malformed(String message, String correlationId, Throwable cause) {
    return new ProviderMalformedAnswerException(PROVIDER, message, correlationId, cause);
  }

  /** NestJS {@code message}: a string, a list of strings, or (other servers) an OAuth description. */
  private static List<String> messages(JsonNode body, OpttySecrets secrets) {
    List<String> result = new ArrayList<>();
    if (body == null || !body.isObject()) {
      return result;
    }
    JsonNode message = body.get("message");
    if (message != null && message.isArray()) {
      for (JsonNode item : message.values()) {
        if (result.size() == MAX_MESSAGES) {
          break;
        }
        String text = item.isString() ? item.getStringValue() : item.toString();
        result.add(clip(secrets.redact(text)));
      }
    } else {
      String text = OpttyJson.text(body, "message");
      if (text == null) {
        text = OpttyJson.text(body, "error_description");
      }
      if (text != null) {
        result.add(clip(secrets.redact(text)));
      }
    }
    return result;
  }

  private static String clip(String text) {
    return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "…";
  }
}
