package dev.hppgateway.bootstrap.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/hpp-sessions}, as sent: amounts in minor units; the domain checks
 * every value when the controller builds the command from it. Every money and quantity field takes
 * only a JSON whole number that fits: a string, a decimal, an array, a boolean or an object is a
 * 400 naming the field.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(
    name = "CreateHppSessionRequest",
    example =
        "{\"provider\":\"klarna-kp\",\"merchant_reference\":\"order-1001\","
            + "\"purchase_country\":\"SE\",\"currency\":\"SEK\",\"locale\":\"sv-SE\","
            + "\"amount\":10000,\"tax_amount\":2000,\"order_lines\":[{\"type\":\"physical\","
            + "\"name\":\"T-shirt\",\"quantity\":1,\"unit_price\":10000,\"tax_rate\":2500,"
            + "\"total_amount\":10000,\"total_tax_amount\":2000}],\"merchant_urls\":{\"success\":"
            + "\"https://shop.example/ok?sid={{session_id}}&token={{authorization_token}}\"}}")
public record CreateHppSessionRequest(
    @Nullable String provider,
    @Nullable String merchantReference,
    @Nullable String purchaseCountry,
    @Nullable String currency,
    @Nullable String locale,
    @Schema(type = "integer", format = "int64") @Nullable WholeNumber amount,
    @Schema(type = "integer", format = "int64") @Nullable WholeNumber taxAmount,
    @Nullable List<Line> orderLines,
    @Nullable Customer customer,
    @Nullable Urls merchantUrls,
    @Schema(
            description =
                "Page options; which ones a provider takes is the provider's to say, and any other"
                    + " is a 400 naming options.<name>. Klarna KP / Kustom KCO (HPP v1):"
                    + " place_order_mode (KP), page_title, logo_url, background_images,"
                    + " payment_method_categories, payment_method_category, purchase_type,"
                    + " hide_subtotal_detail, profile_id. Optty Direct: page_title (text, the"
                    + " link's description), enable_tipping, hide_tax, email_customer"
                    + " (true/false, false when left out), account_code (text, at most 64"
                    + " characters; instead of the configured one).",
            example =
                "{\"page_title\":\"Winter sale\",\"enable_tipping\":false,\"hide_tax\":true,"
                    + "\"email_customer\":true,\"account_code\":\"SHOP-9\"}")
        @Nullable
        Map<String, Object> options,
    @Nullable Instant expiresAt) {

  /** One order line; amounts in minor units, {@code tax_rate} in hundredths of a percent. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "OrderLine")
  public record Line(
      @Nullable String type,
      @Nullable String reference,
      @Nullable String name,
      @Schema(type = "integer", format = "int64") @Nullable WholeNumber quantity,
      @Schema(type = "integer", format = "int64") @Nullable WholeNumber unitPrice,
      @Schema(type = "integer", format = "int32") @Nullable WholeNumber taxRate,
      @Schema(type = "integer", format = "int64") @Nullable WholeNumber totalAmount,
      @Schema(type = "integer", format = "int64") @Nullable WholeNumber totalDiscountAmount,
      @Schema(type = "integer", format = "int64") @Nullable WholeNumber totalTaxAmount) {}

  /** The shopper, for prefilling and distribution. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "Customer")
  public record Customer(
      @Nullable String email, @Nullable String phone, @Nullable String phoneCountry) {}

  /**
   * Where the shopper is sent back; may hold {{session_id}}, {{authorization_token}}, {{order_id}}.
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @Schema(name = "MerchantUrls")
  public record Urls(
      @Nullable String success,
      @Nullable String cancel,
      @Nullable String back,
      @Nullable String failure,
      @Nullable String error) {}
}
