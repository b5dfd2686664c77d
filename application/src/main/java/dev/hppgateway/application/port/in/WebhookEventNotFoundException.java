package dev.hppgateway.application.port.in;

/** No such webhook event for this merchant (another merchant's event is "not found" too). */
public class WebhookEventNotFoundException extends RuntimeException {
  public WebhookEventNotFoundException(String eventId) {
    super("webhook event " + eventId + " not found");
  }
}
