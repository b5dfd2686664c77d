package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderId;
import java.util.List;

/** The provider refused the request (4xx): retrying the same request will not help. */
public final class ProviderRejectedException extends ProviderException {
  private final int httpStatus;
  private final String errorCode;
  private final List<String> messages;

  public ProviderRejectedException(
      ProviderId provider,
      int httpStatus,
      String errorCode,
      List<String> messages,
      String correlationId) {
    super(
        provider,
        "rejected with HTTP "
            + httpStatus
            + (errorCode == null ? "" : " " + errorCode)
            + (messages == null || messages.isEmpty() ? "" : ": " + String.join("; ", messages)),
        correlationId,
        null);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
    this.messages = messages == null ? List.of() : List.copyOf(messages);
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String errorCode() {
    return errorCode;
  }

  public List<String> messages() {
    return messages;
  }
}
