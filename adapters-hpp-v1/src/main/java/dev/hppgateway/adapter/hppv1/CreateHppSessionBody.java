package dev.hppgateway.adapter.hppv1;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** {@code POST /hpp/v1/sessions} body (seed 001): every field the API documents. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreateHppSessionBody(
    String paymentSessionUrl,
    MerchantUrlsBody merchantUrls,
    OptionsBody options,
    String profileId) {

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MerchantUrlsBody(
      String success,
      String cancel,
      String back,
      String failure,
      String error,
      String statusUpdate) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OptionsBody(
      List<BackgroundImageBody> backgroundImages,
      String logoUrl,
      String pageTitle,
      List<String> paymentMethodCategories,
      String paymentMethodCategory,
      String placeOrderMode,
      String purchaseType,
      String showSubtotalDetail) {}

  @Serdeable
  record BackgroundImageBody(String url, int width) {}
}
