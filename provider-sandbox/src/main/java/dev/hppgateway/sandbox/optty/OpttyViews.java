package dev.hppgateway.sandbox.optty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Map;

/** Wire answers of the simulated Optty API (camelCase, amounts in major units). */
final class OpttyViews {

  private OpttyViews() {}

  @Serdeable
  record LinkCreated(
      String message, String link, String id, @JsonProperty("QRCodeImgUrl") String qrCodeImgUrl) {}

  @Serdeable
  record CancelOrRefund(String invoiceNumber, String status) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Order(
      String merchantReference,
      String orderReference,
      String status,
      BigDecimal amount,
      String currency,
      String provider,
      String updatedAt,
      @Nullable String failureReason,
      Map<String, String> metadata) {}

  @Serdeable
  record RefundMade(
      String refundId,
      String refundReference,
      String orderReference,
      String refundStatus,
      BigDecimal amount,
      String currency) {}
}
