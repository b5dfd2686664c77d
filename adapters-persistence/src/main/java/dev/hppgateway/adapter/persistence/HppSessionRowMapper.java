package dev.hppgateway.adapter.persistence;

import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppSessionSnapshot;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.Money;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PaymentOrder;
import dev.hppgateway.domain.PendingOrder;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.Shopper;
import dev.hppgateway.domain.ShopperLinks;
import dev.hppgateway.domain.UrlKind;
import dev.hppgateway.domain.UrlTemplate;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link HppSession} into a row and back. Reading goes through {@link
 * HppSession#rehydrate}, so a row the domain would reject fails loudly instead of producing an
 * invalid session.
 */
@Singleton
class HppSessionRowMapper {
  private static final Argument<List<OrderLineJson>> ORDER_LINES =
      Argument.listOf(OrderLineJson.class);
  private static final Argument<List<String>> REFS = Argument.listOf(String.class);
  private static final Argument<Map<String, Object>> OPTIONS =
      Argument.mapOf(String.class, Object.class);

  private final ObjectMapper json;

  HppSessionRowMapper(ObjectMapper json) {
    this.json = json;
  }

  HppSessionRow toRow(HppSession session) {
    return toRow(session.snapshot(), session.version());
  }

  /**
   * The row to write, carrying {@code version} (the stored version an update expects). Times are
   * cut to the microsecond both databases keep, so what is written is exactly what is read back.
   */
  HppSessionRow toRow(HppSessionSnapshot s, long version) {
    PaymentOrder order = s.order();
    Map<UrlKind, UrlTemplate> urls = s.merchantUrls().asMap();
    PendingOrder pending = s.pendingOrder();
    return new HppSessionRow(
        s.id().value(),
        s.merchantId().value(),
        s.providerId().value(),
        s.merchantReference(),
        order.amount().minorUnits(),
        order.currencyCode(),
        order.taxAmount().minorUnits(),
        write(ORDER_LINES, order.lines().stream().map(OrderLineJson::of).toList()),
        order.purchaseCountry(),
        order.locale(),
        raw(urls, UrlKind.SUCCESS),
        raw(urls, UrlKind.CANCEL),
        raw(urls, UrlKind.BACK),
        raw(urls, UrlKind.FAILURE),
        raw(urls, UrlKind.ERROR),
        writeOptions(s.options()),
        s.shopper().email(),
        s.shopper().phone(),
        s.shopper().phoneCountry(),
        s.status().name(),
        s.rawStatus(),
        s.providerRefs().hppSessionId(),
        s.providerRefs().paymentRef(),
        s.providerRefs().pageUrl(),
        s.links().redirectUrl(),
        s.links().qrCodeUrl(),
        s.links().distributionUrl(),
        StoredInstant.of(s.expiresAt()),
        s.authorizationToken(),
        s.orderId(),
        StoredInstant.of(s.authorizationExpiresAt()),
        pending == null ? null : StoredInstant.of(pending.deadline()),
        pending == null ? 0 : pending.attempts(),
        pending == null ? null : StoredInstant.of(pending.nextAttemptAt()),
        pending == null ? null : pending.lastError(),
        s.callbackSecretHash(),
        version,
        StoredInstant.of(s.createdAt()),
        StoredInstant.of(s.updatedAt()),
        write(REFS, s.providerPaymentRefs()),
        s.nextCheckAt() == null ? null : StoredInstant.of(s.nextCheckAt()),
        s.checkAttempts(),
        s.refundedAmount() == null ? 0 : s.refundedAmount().minorUnits(),
        s.refundCount());
  }

  HppSession toDomain(HppSessionRow row) {
    String currency = row.currency();
    PaymentOrder order =
        new PaymentOrder(
            Money.of(row.amountMinor(), currency),
            Money.of(row.taxAmountMinor(), currency),
            read(ORDER_LINES, row.orderLines()).stream().map(OrderLineJson::toDomain).toList(),
            row.purchaseCountry(),
            row.locale());
    Map<UrlKind, String> urls = new EnumMap<>(UrlKind.class);
    urls.put(UrlKind.SUCCESS, row.successUrl());
    urls.put(UrlKind.CANCEL, row.cancelUrl());
    urls.put(UrlKind.BACK, row.backUrl());
    urls.put(UrlKind.FAILURE, row.failureUrl());
    urls.put(UrlKind.ERROR, row.errorUrl());
    PageOptions options = readOptions(row.pageOptions());
    return HppSession.rehydrate(
        new HppSessionSnapshot(
            HppSessionId.of(row.id()),
            MerchantId.of(row.merchantId()),
            ProviderId.of(row.providerId()),
            row.merchantReference(),
            order,
            MerchantUrls.parse(urls),
            options,
            new Shopper(row.shopperEmail(), row.shopperPhone(), row.shopperPhoneCountry()),
            HppStatus.valueOf(row.status()),
            row.rawStatus(),
            new ProviderRefs(row.providerSessionId(), row.paymentRef(), row.providerPageUrl()),
            new ShopperLinks(row.redirectUrl(), row.qrCodeUrl(), row.distributionUrl()),
            row.expiresAt(),
            row.authorizationToken(),
            row.orderId(),
            row.authorizationExpiresAt(),
            row.orderRetryAt() == null
                ? null
                : new PendingOrder(
                    row.orderDeadline(),
                    row.orderAttempts(),
                    row.orderRetryAt(),
                    row.orderLastError()),
            row.callbackSecretHash(),
            row.createdAt(),
            row.updatedAt(),
            row.version(),
            read(REFS, row.providerPaymentRefs()),
            row.nextCheckAt(),
            row.checkAttempts(),
            Money.of(row.refundedMinor(), currency),
            row.refundCount()));
  }

  /** The options as one JSON object, keys sorted (as {@link PageOptions} keeps them). */
  String writeOptions(PageOptions options) {
    return write(OPTIONS, options.asMap());
  }

  /**
   * Stored options back as {@link PageOptions}; whole numbers read as any width become longs there.
   */
  PageOptions readOptions(String stored) {
    return PageOptions.of(read(OPTIONS, stored));
  }

  private static String raw(Map<UrlKind, UrlTemplate> urls, UrlKind kind) {
    UrlTemplate url = urls.get(kind);
    return url == null ? null : url.raw();
  }

  private <T> String write(Argument<T> type, T value) {
    try {
      return json.writeValueAsString(type, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + type.getTypeName() + " as JSON", e);
    }
  }

  private <T> T read(Argument<T> type, String value) {
    try {
      return json.readValue(value, type);
    } catch (IOException e) {
      // No row content in the message: it may hold shopper data.
      throw new UncheckedIOException("stored " + type.getTypeName() + " is not readable JSON", e);
    }
  }
}
