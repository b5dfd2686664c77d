package dev.hppgateway.application.port.out.events;

import java.util.Map;

/**
 * Sends one webhook over HTTP: a POST of {@code body} to {@code url} with {@code headers}, one
 * attempt, following no redirect. The implementation bounds the attempt's time and may refuse a URL
 * (an address the gateway must not call).
 */
public interface WebhookSender {

  /**
   * @return the HTTP status the endpoint answered
   * @throws WebhookSendException when no answer came: refused URL, connection failure, timeout
   */
  int send(String url, String body, Map<String, String> headers) throws WebhookSendException;

  /**
   * No HTTP answer came. The message is stored as the delivery's last error and may be logged: it
   * must name neither the signing secret nor the body.
   */
  final class WebhookSendException extends Exception {
    private static final long serialVersionUID = 1L;

    public WebhookSendException(String message) {
      super(message);
    }

    public WebhookSendException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
