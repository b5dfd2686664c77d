package dev.hppgateway.adapter.providerhttp;

import java.util.List;

/**
 * Reads one provider's error body (Klarna's {@code {error_code, error_messages[], correlation_id}},
 * NestJS's {@code {statusCode, message, error}}, ...). The client decides the exception kind from
 * the status alone; the reader only supplies what the body says. It must not throw: a body it
 * cannot read gives null, and the client maps the status without details.
 */
@FunctionalInterface
public interface ProviderErrorReader {

  /** For providers whose error bodies carry nothing worth reading. */
  ProviderErrorReader NONE = body -> null;

  /** What {@code body} (never empty) says, or null when it is not the provider's error shape. */
  ErrorBody read(byte[] body);

  /**
   * What a provider's error body said. Every text must be safe to log: a reader scrubs secrets a
   * provider may echo back.
   *
   * @param code the provider's error code, or null
   * @param messages the provider's messages, possibly empty
   * @param correlationId the request id the body names, or null (the client then uses the headers')
   */
  record ErrorBody(String code, List<String> messages, String correlationId) {
    public ErrorBody {
      messages = messages == null ? List.of() : List.copyOf(messages);
    }
  }
}
