package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.application.port.out.provider.CallbackHint;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import io.micronaut.json.tree.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads Optty webhooks ({@code ORDER_STATUS_UPDATE}, {@code ORDER_ASYNC_CALLBACK}, {@code
 * REFUND_CALLBACK}). One URL receives every event of a merchant, so only events of payment links
 * ({@code data.initiator == "payment-link"} with {@code data.metadata.invoiceNumber}) are about a
 * page; the rest is ignored. The event's {@code data.orderReference} is the order it is about,
 * handed to the gateway to keep on the page. Webhooks are unsigned: the result is only a hint that
 * makes the gateway read the order.
 */
final class OpttyWebhooks {
  static final String PAYMENT_LINK = "payment-link";
  static final String REFUND_CALLBACK = "REFUND_CALLBACK";

  private OpttyWebhooks() {}

  static Optional<CallbackHint> parse(ProviderCallback callback) {
    JsonNode root = OpttyJson.treeOrNull(callback.body().getBytes(StandardCharsets.UTF_8));
    if (root == null || !root.isObject()) {
      throw new ProviderMalformedAnswerException(
          OpttyDirectPaymentProvider.ID, "webhook body is not a JSON object", null, null);
    }
    JsonNode data = root.get("data");
    if (data == null
        || !data.isObject()
        || !PAYMENT_LINK.equals(OpttyJson.text(data, "initiator"))) {
      return Optional.empty();
    }
    JsonNode metadata = data.get("metadata");
    String invoiceNumber = OpttyJson.text(metadata, "invoiceNumber");
    if (invoiceNumber == null || invoiceNumber.isBlank()) {
      return Optional.empty();
    }
    String event = OpttyJson.text(root, "event");
    String status = rawStatus(event, OpttyJson.text(data, "status"));
    String orderReference = OpttyJson.text(data, "orderReference");
    if (orderReference != null && (orderReference.isBlank() || orderReference.length() > 255)) {
      orderReference = null;
    }
    String eventId = OpttyJson.text(root, "id");
    if (eventId == null || eventId.isBlank()) {
      // A link's orders each end once: the order is part of what makes the event unique.
      eventId =
          "optty-"
              + sha256(
                  event
                      + "|"
                      + invoiceNumber
                      + "|"
                      + status
                      + (orderReference == null ? "" : "|" + orderReference));
    }
    return Optional.of(
        new CallbackHint(
            eventId, null, invoiceNumber, status, OpttyStatuses.normalize(status), orderReference));
  }

  /**
   * A refund event's SUCCESSFUL means the refund went through, not the payment: it is recorded as
   * REFUNDED, and other refund states with a REFUND_ prefix so they never read as a payment state.
   */
  private static String rawStatus(String event, String status) {
    if (!REFUND_CALLBACK.equals(event) || status == null) {
      return status;
    }
    return "SUCCESSFUL".equals(status) ? "REFUNDED" : "REFUND_" + status;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
