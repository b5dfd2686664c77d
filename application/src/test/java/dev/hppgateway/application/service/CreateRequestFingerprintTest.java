package dev.hppgateway.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.OrderLine;
import dev.hppgateway.domain.OrderLineType;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.UrlKind;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Same request, same hash; a request that differs in any one field hashes differently. */
class CreateRequestFingerprintTest {

  /** Every part of a create request, with one field changed at a time. */
  private record Request(
      String merchant,
      String provider,
      String reference,
      String currency,
      List<OrderLine> lines,
      String country,
      String locale,
      Map<UrlKind, String> urls,
      Map<String, Object> options,
      String email,
      String phone,
      String phoneCountry,
      Instant expiry,
      String key) {

    CreateHppSessionCommand command() {
      long total = lines.stream().mapToLong(OrderLine::totalAmount).sum();
      long tax = lines.stream().mapToLong(OrderLine::totalTaxAmount).sum();
      return new CreateHppSessionCommand(
          MerchantId.of(merchant),
          ProviderId.of(provider),
          reference,
          new PaymentOrder(
              Money.of(total, currency), Money.of(tax, currency), lines, country, locale),
          MerchantUrls.parse(urls),
          PageOptions.of(options),
          new Shopper(email, phone, phoneCountry),
          expiry,
          key);
    }
  }

  private static OrderLine line(
      OrderLineType type,
      String ref,
      String name,
      long qty,
      long unit,
      int rate,
      long discount,
      int taxNudge) {
    long total = qty * unit - discount;
    return new OrderLine(
        type,
        ref,
        name,
        qty,
        unit,
        rate,
        total,
        discount,
        OrderLine.expectedTax(total, rate) + taxNudge);
  }

  private static final OrderLine SHOES =
      line(OrderLineType.PHYSICAL, "sku-1", "Shoes", 2, 10_000, 2500, 0, 0);
  private static final OrderLine SHIPPING =
      line(OrderLineType.SHIPPING_FEE, null, "Shipping", 1, 4_900, 2500, 0, 0);

  private static Request base() {
    Map<UrlKind, String> urls = new EnumMap<>(UrlKind.class);
    urls.put(UrlKind.SUCCESS, "https://shop.example/ok?s={{session_id}}");
    urls.put(UrlKind.CANCEL, "https://shop.example/cancel");
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("page_title", "Shop");
    options.put("payment_method_categories", List.of("PAY_LATER", "PAY_NOW"));
    return new Request(
        "shop-1",
        "klarna-kp",
        "order-1",
        "SEK",
        List.of(SHOES, SHIPPING),
        "SE",
        "sv-SE",
        urls,
        options,
        "a@example.com",
        "+46700000000",
        "SE",
        Instant.parse("2026-12-02T10:00:00Z"),
        "key-1");
  }

  private static List<OrderLine> firstLine(OrderLine replacement) {
    return List.of(replacement, SHIPPING);
  }

  private static Map<UrlKind, String> urls(UrlKind kind, String url) {
    Map<UrlKind, String> urls = new EnumMap<>(base().urls());
    if (url == null) {
      urls.remove(kind);
    } else {
      urls.put(kind, url);
    }
    return urls;
  }

  private static Map<String, Object> options(String name, Object value) {
    Map<String, Object> options = new HashMap<>(base().options());
    options.put(name, value);
    return options;
  }

  @Test
  void sameRequestSameHashWhateverTheKeyOrTheOrderOfTheOptions() {
    Request base = base();
    String hash = CreateRequestFingerprint.of(base.command());
    assertThat(CreateRequestFingerprint.of(base().command())).isEqualTo(hash);
    Map<String, Object> reversed = new LinkedHashMap<>();
    reversed.put("payment_method_categories", List.of("PAY_LATER", "PAY_NOW"));
    reversed.put("page_title", "Shop");
    Request sameOptionsOtherOrder =
        new Request(
            base.merchant(),
            base.provider(),
            base.reference(),
            base.currency(),
            base.lines(),
            base.country(),
            base.locale(),
            base.urls(),
            reversed,
            base.email(),
            base.phone(),
            base.phoneCountry(),
            base.expiry(),
            "another-key");
    assertThat(CreateRequestFingerprint.of(sameOptionsOtherOrder.command())).isEqualTo(hash);
  }

  @Test
  void aDifferenceInAnySingleFieldChangesTheHash() {
    Map<String, Request> variants = new LinkedHashMap<>();
    Request b = base();
    variants.put(
        "merchant",
        new Request(
            "shop-2",
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "provider",
        new Request(
            b.merchant(),
            "kustom-kco",
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "merchant_reference",
        new Request(
            b.merchant(),
            b.provider(),
            "order-2",
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "currency",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            "NOK",
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "purchase_country",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            "FI",
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "locale",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            "en-SE",
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    Map<String, OrderLine> lineVariants = new LinkedHashMap<>();
    lineVariants.put(
        "line type", line(OrderLineType.DIGITAL, "sku-1", "Shoes", 2, 10_000, 2500, 0, 0));
    lineVariants.put(
        "line reference", line(OrderLineType.PHYSICAL, "sku-9", "Shoes", 2, 10_000, 2500, 0, 0));
    lineVariants.put(
        "line reference absent",
        line(OrderLineType.PHYSICAL, null, "Shoes", 2, 10_000, 2500, 0, 0));
    lineVariants.put(
        "line name", line(OrderLineType.PHYSICAL, "sku-1", "Boots", 2, 10_000, 2500, 0, 0));
    lineVariants.put(
        "line quantity and unit price",
        line(OrderLineType.PHYSICAL, "sku-1", "Shoes", 4, 5_000, 2500, 0, 0));
    lineVariants.put(
        "line unit price", line(OrderLineType.PHYSICAL, "sku-1", "Shoes", 2, 10_001, 2500, 0, 0));
    lineVariants.put(
        "line tax rate", line(OrderLineType.PHYSICAL, "sku-1", "Shoes", 2, 10_000, 1200, 0, 0));
    lineVariants.put(
        "line discount", line(OrderLineType.PHYSICAL, "sku-1", "Shoes", 2, 10_000, 2500, 100, 0));
    lineVariants.put(
        "line total tax", line(OrderLineType.PHYSICAL, "sku-1", "Shoes", 2, 10_000, 2500, 0, 1));
    lineVariants.forEach(
        (name, line) ->
            variants.put(
                name,
                new Request(
                    b.merchant(),
                    b.provider(),
                    b.reference(),
                    b.currency(),
                    firstLine(line),
                    b.country(),
                    b.locale(),
                    b.urls(),
                    b.options(),
                    b.email(),
                    b.phone(),
                    b.phoneCountry(),
                    b.expiry(),
                    b.key())));
    variants.put(
        "line order",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            List.of(SHIPPING, SHOES),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    for (UrlKind kind :
        List.of(UrlKind.SUCCESS, UrlKind.CANCEL, UrlKind.BACK, UrlKind.FAILURE, UrlKind.ERROR)) {
      variants.put(
          "url " + kind,
          new Request(
              b.merchant(),
              b.provider(),
              b.reference(),
              b.currency(),
              b.lines(),
              b.country(),
              b.locale(),
              urls(kind, "https://shop.example/" + kind.name().toLowerCase() + "/2"),
              b.options(),
              b.email(),
              b.phone(),
              b.phoneCountry(),
              b.expiry(),
              b.key()));
    }
    variants.put(
        "url removed",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            urls(UrlKind.CANCEL, null),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "option value",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            options("page_title", "Shop 2"),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "option type",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            options("hide_subtotal_detail", "true"),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "option boolean",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            options("hide_subtotal_detail", true),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "option list order",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            options("payment_method_categories", List.of("PAY_NOW", "PAY_LATER")),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "shopper email",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            "b@example.com",
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "shopper email absent",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            null,
            b.phone(),
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "shopper phone",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            "+46700000001",
            b.phoneCountry(),
            b.expiry(),
            b.key()));
    variants.put(
        "shopper phone country",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            "FI",
            b.expiry(),
            b.key()));
    variants.put(
        "expires_at",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            b.expiry().plusSeconds(1),
            b.key()));
    variants.put(
        "expires_at absent",
        new Request(
            b.merchant(),
            b.provider(),
            b.reference(),
            b.currency(),
            b.lines(),
            b.country(),
            b.locale(),
            b.urls(),
            b.options(),
            b.email(),
            b.phone(),
            b.phoneCountry(),
            null,
            b.key()));

    Map<String, String> seen = new HashMap<>();
    seen.put(CreateRequestFingerprint.of(base().command()), "base");
    variants.forEach(
        (name, variant) -> {
          String hash = CreateRequestFingerprint.of(variant.command());
          assertThat(seen.get(hash)).as("%s hashes like %s", name, seen.get(hash)).isNull();
          seen.put(hash, name);
        });
    assertThat(seen).hasSize(variants.size() + 1);
  }

  /**
   * Requests that differ in one value the others do not imply: a free line's quantity, a tax rate
   * or a tax within Klarna's rounding, a list item holding the list's own separator, a nested key
   * holding a dot. Each is another request, so the same idempotency key must not replay it.
   */
  @Test
  void aDifferenceNoOtherFieldImpliesStillChangesTheHash() {
    assertDiffer(
        withLines(List.of(line(OrderLineType.PHYSICAL, null, "Gift", 1, 0, 0, 0, 0), SHIPPING)),
        withLines(List.of(line(OrderLineType.PHYSICAL, null, "Gift", 2, 0, 0, 0, 0), SHIPPING)));
    // 100 at 25% and at 25.1%: the same tax of 20.
    assertDiffer(
        withLines(List.of(line(OrderLineType.PHYSICAL, null, "A", 1, 100, 2500, 0, 0))),
        withLines(List.of(line(OrderLineType.PHYSICAL, null, "A", 1, 100, 2510, 0, 0))));
    // 999 at 25%: 199 and 200 are both within 1 of the exact 199.8.
    assertDiffer(
        withLines(List.of(line(OrderLineType.PHYSICAL, null, "A", 1, 999, 2500, 0, 0))),
        withLines(List.of(line(OrderLineType.PHYSICAL, null, "A", 1, 999, 2500, 0, -1))));
    assertDiffer(
        withOptions(Map.of("tags", List.of("a, b"))),
        withOptions(Map.of("tags", List.of("a", "b"))));
    assertDiffer(
        withOptions(Map.of("theme", Map.of("b.c", 1))),
        withOptions(Map.of("theme", Map.of("b", Map.of("c", 1)))));
  }

  private static void assertDiffer(Request one, Request other) {
    assertThat(CreateRequestFingerprint.of(one.command()))
        .isNotEqualTo(CreateRequestFingerprint.of(other.command()));
  }

  private static Request withLines(List<OrderLine> lines) {
    Request b = base();
    return new Request(
        b.merchant(),
        b.provider(),
        b.reference(),
        b.currency(),
        lines,
        b.country(),
        b.locale(),
        b.urls(),
        b.options(),
        b.email(),
        b.phone(),
        b.phoneCountry(),
        b.expiry(),
        b.key());
  }

  private static Request withOptions(Map<String, Object> options) {
    Request b = base();
    return new Request(
        b.merchant(),
        b.provider(),
        b.reference(),
        b.currency(),
        b.lines(),
        b.country(),
        b.locale(),
        b.urls(),
        options,
        b.email(),
        b.phone(),
        b.phoneCountry(),
        b.expiry(),
        b.key());
  }
}
