package dev.hppgateway.application.service;

import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionEvent;
import dev.hppgateway.domain.HppSessionOrderFailed;
import dev.hppgateway.domain.HppSessionPartiallyRefunded;
import dev.hppgateway.domain.HppSessionRefunded;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.Money;

/**
 * The JSON body of a merchant webhook: the event and a snapshot of the page when it happened.
 * Written by hand to keep the core free of JSON libraries; field names are snake_case like the API.
 */
final class WebhookPayload {
  private WebhookPayload() {}

  /**
   * @param sequence the event's number among its session's events (1, 2, 3… in the order the
   *     gateway recorded them): a merchant that receives them out of order can tell
   */
  static String json(String eventId, long sequence, HppSessionEvent event, HppSession session) {
    StringBuilder out = new StringBuilder(512);
    out.append('{');
    field(out, "id", eventId).append(',');
    field(out, "type", event.type()).append(',');
    field(out, "created_at", event.occurredAt().toString()).append(',');
    out.append("\"sequence\":").append(sequence).append(',');
    out.append("\"data\":{");
    field(out, "id", session.id().value()).append(',');
    field(out, "merchant_reference", session.merchantReference()).append(',');
    field(out, "provider", session.providerId().value()).append(',');
    field(out, "status", event.status().name()).append(',');
    // A completion names the status it left; a final one there is a late payment.
    HppStatus previous = event.previousStatus();
    field(out, "previous_status", previous == null ? null : previous.name()).append(',');
    field(out, "provider_status", session.rawStatus()).append(',');
    out.append("\"amount\":").append(session.amount().minorUnits()).append(',');
    field(out, "currency", session.amount().currencyCode()).append(',');
    // Every refund of the page so far; a refund event adds the one it reports, when known.
    out.append("\"refunded_amount\":").append(session.refundedAmount().minorUnits()).append(',');
    Money refund = refundAmount(event);
    if (refund != null) {
      out.append("\"refund_amount\":").append(refund.minorUnits()).append(',');
    }
    field(out, "order_id", session.orderId()).append(',');
    // The merchant needs the token only to place a KP order itself (place_order_mode NONE, the
    // gateway not placing it): never while the gateway still has the order to place, and a token
    // is erased once the gateway placed the order or its lifetime is over.
    field(
            out,
            "authorization_token",
            session.pendingOrder() == null ? session.authorizationToken() : null)
        .append(',');
    if (event instanceof HppSessionOrderFailed failed) {
      field(out, "order_error", failed.providerError()).append(',');
    }
    field(out, "expires_at", session.expiresAt().toString());
    return out.append("}}").toString();
  }

  private static Money refundAmount(HppSessionEvent event) {
    if (event instanceof HppSessionPartiallyRefunded partial) {
      return partial.refundAmount();
    }
    return event instanceof HppSessionRefunded refunded ? refunded.refundAmount() : null;
  }

  private static StringBuilder field(StringBuilder out, String name, String value) {
    out.append('"').append(name).append("\":");
    if (value == null) {
      return out.append("null");
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
