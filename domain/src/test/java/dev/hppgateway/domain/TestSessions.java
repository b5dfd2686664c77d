package dev.hppgateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Domain test data: a valid order, draft and freshly opened session. */
final class TestSessions {
  static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  static final ProviderId KP = ProviderId.of("klarna-kp");

  private TestSessions() {}

  static PaymentOrder order() {
    OrderLine line = OrderLine.of(OrderLineType.PHYSICAL, "Shoes", 2, 10_000, 2500);
    return new PaymentOrder(
        Money.of(20_000, "SEK"),
        Money.of(line.totalTaxAmount(), "SEK"),
        List.of(line),
        "SE",
        "sv-SE");
  }

  static HppSessionDraft draft() {
    return new HppSessionDraft(
        HppSessionId.of("hpp_1"),
        MerchantId.of("m1"),
        KP,
        "order-1",
        order(),
        MerchantUrls.parse(Map.of(UrlKind.SUCCESS, "https://shop.example/ok?sid={{session_id}}")),
        PageOptions.none(),
        Shopper.none(),
        T0.plusSeconds(3600),
        "hash");
  }

  static HppSession waiting() {
    return HppSession.open(
            draft(),
            new ProviderRefs("ps_1", "kp_1"),
            new ShopperLinks("https://pay.example/ps_1", null, null),
            "WAITING",
            null,
            T0)
        .session();
  }
}
