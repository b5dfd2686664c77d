package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.ShopperLinks;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Drafts and sessions for Optty tests: fixed ids and instants so wire bodies can be compared
 * exactly.
 */
final class OpttyDrafts {
  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  static final Instant DUE = Instant.parse("2026-11-25T11:00:00Z");
  static final Shopper SHOPPER = new Shopper("shopper@example.com", "+46701234567", "SE");

  private OpttyDrafts() {}

  /** TestHppSessions' SEK order: 249.00 SEK with 49.80 tax. */
  static HppSessionDraft sek(String id) {
    return draft(id, TestHppSessions.order(), SHOPPER, PageOptions.none());
  }

  /** 1050 JPY at 10%: 95 JPY tax (JPY has no minor unit). */
  static HppSessionDraft jpy(String id) {
    OrderLine tea =
        new OrderLine(OrderLineType.PHYSICAL, "TEA-1", "Green tea", 1, 1050, 1000, 1050, 0, 95);
    return draft(
        id,
        new PaymentOrder(Money.of(1050, "JPY"), Money.of(95, "JPY"), List.of(tea), "JP", "ja-JP"),
        SHOPPER,
        PageOptions.none());
  }

  /** 1.050 KWD (three digits), untaxed, two lines. */
  static HppSessionDraft kwd(String id) {
    OrderLine dates =
        new OrderLine(OrderLineType.PHYSICAL, "DATES", "Dates", 2, 500, 0, 1000, 0, 0);
    OrderLine bag = new OrderLine(OrderLineType.PHYSICAL, null, "Bag", 1, 50, 0, 50, 0, 0);
    return draft(
        id,
        new PaymentOrder(
            Money.of(1050, "KWD"), Money.of(0, "KWD"), List.of(dates, bag), "KW", "ar-KW"),
        SHOPPER,
        PageOptions.none());
  }

  static HppSessionDraft draft(
      String id, PaymentOrder order, Shopper shopper, PageOptions options) {
    return new HppSessionDraft(
        HppSessionId.of(id),
        TestHppSessions.MERCHANT,
        OpttyDirectPaymentProvider.ID,
        "order-42",
        order,
        MerchantUrls.none(),
        options,
        shopper,
        DUE,
        null);
  }

  /** A stored page for invoice {@code invoiceNumber}, expiring at {@link #DUE}. */
  static HppSession session(String invoiceNumber) {
    return HppSession.open(
            sek(invoiceNumber),
            new ProviderRefs("link-" + invoiceNumber, invoiceNumber),
            new ShopperLinks("https://pay.example/" + invoiceNumber, null, null),
            null,
            DUE,
            NOW)
        .session();
  }

  /**
   * The webhook Optty posts when the link's order reaches {@code status} (COMPLETED → SUCCESSFUL).
   */
  static ProviderCallback webhook(String invoiceNumber, HppStatus status) {
    String raw = status == HppStatus.COMPLETED ? "SUCCESSFUL" : status.name();
    return new ProviderCallback(
        "",
        Map.of("content-type", "application/json"),
        "{\"id\":\"evt-"
            + invoiceNumber
            + "-"
            + raw
            + "\",\"event\":\"ORDER_STATUS_UPDATE\","
            + "\"data\":{\"initiator\":\"payment-link\",\"status\":\""
            + raw
            + "\","
            + "\"metadata\":{\"invoiceNumber\":\""
            + invoiceNumber
            + "\"}}}");
  }
}
