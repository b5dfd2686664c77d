package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.CallbackSender;
import dev.hppgateway.sandbox.Ids;
import dev.hppgateway.sandbox.SandboxClock;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import dev.hppgateway.sandbox.Times;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Webhooks to the merchant's one URL: ORDER_STATUS_UPDATE for a link's order, REFUND_CALLBACK for
 * refunds.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class OpttyWebhooks {

  private final CallbackSender sender;
  private final OpttyMerchants merchants;
  private final SandboxClock clock;

  OpttyWebhooks(CallbackSender sender, OpttyMerchants merchants, SandboxClock clock) {
    this.sender = sender;
    this.merchants = merchants;
    this.clock = clock;
  }

  /** The link's latest order changed. */
  void statusChanged(OpttyLink link) {
    OpttyLink.Order order;
    String status;
    String failureReason;
    synchronized (link) {
      order = link.current();
      if (order == null) {
        return;
      }
      status = order.status();
      failureReason = order.failureReason();
    }
    send(link, order, "ORDER_STATUS_UPDATE", status, null, failureReason);
  }

  /** A refund of the order was made (in full or in part: {@code refundAmount} says how much). */
  void refunded(OpttyLink link, OpttyLink.Order order, OpttyLink.Refund refund) {
    send(link, order, "REFUND_CALLBACK", OpttyLink.SUCCESSFUL, refund, null);
  }

  private void send(
      OpttyLink link,
      OpttyLink.Order order,
      String event,
      String status,
      OpttyLink.Refund refund,
      String failureReason) {
    String url = merchants.of(link.clientId).webhookUrl();
    if (url == null) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("initiator", "payment-link");
    data.put("status", status);
    data.put("orderReference", order.reference);
    data.put("metadata", Map.of("invoiceNumber", link.invoiceNumber));
    data.put("amount", link.price);
    data.put("currency", link.currency);
    if (refund != null) {
      data.put("refundReference", refund.refundReference());
      data.put("refundAmount", refund.amount());
    }
    if (failureReason != null) {
      data.put("failureReason", failureReason);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "evt_" + Ids.shortId(20));
    body.put("event", event);
    body.put("createdAt", Times.iso(clock.now()));
    body.put("data", data);
    sender.postJson(SimulatedProvider.OPTTY, url, body);
  }
}
