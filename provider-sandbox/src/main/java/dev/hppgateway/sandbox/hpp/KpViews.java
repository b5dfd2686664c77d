package dev.hppgateway.sandbox.hpp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** Wire answers of the simulated Klarna Payments API. */
final class KpViews {

  private KpViews() {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record Created(String sessionId, String clientToken, List<Category> paymentMethodCategories) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record Category(String identifier, String name, AssetUrls assetUrls) {}

  @Serdeable
  record AssetUrls(String descriptive, String standard) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  record Session(
      String sessionId,
      String status,
      String clientToken,
      String purchaseCountry,
      String purchaseCurrency,
      @Nullable String locale,
      long orderAmount,
      long orderTaxAmount,
      List<PurchaseLine> orderLines,
      @Nullable String merchantReference1,
      @Nullable String merchantReference2,
      String expiresAt,
      List<Category> paymentMethodCategories) {}
}
