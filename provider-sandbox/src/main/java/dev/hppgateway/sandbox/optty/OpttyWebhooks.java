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

  void statusChanged(OpttyLink link) {
    send(link, "ORDER_STATUS_UPDATE", link.status(), null);
  }

  void refunded(OpttyLink link, String refundReference) {
    send(link, "REFUND_CALLBACK", OpttyLink.SUCCESSFUL, refundReference);
  }

  private void send(OpttyLink link, String event, String status, String refundReference) {
    String url = merchants.of(link.clientId).webhookUrl();
    if (url == null) {
      return;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("initiator", "payment-link");
    data.put("status", status);
    data.put("orderReference", link.orderReference());
    data.put("metadata", Map.of("invoiceNumber", link.invoiceNumber));
    data.put("amount", link.price);
    data.put("currency", link.currency);
    if (refundReference != null) {
      data.put("refundReference", refundReference);
    }
    if (link.failureReason() != null) {
      data.put("failureReason", link.failureReason());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "evt_" + Ids.shortId(20));
    body.put("event", event);
    body.put("createdAt", Times.iso(clock.now()));
    body.put("data", data);
    sender.postJson(SimulatedProvider.OPTTY, url, body);
  }
}
