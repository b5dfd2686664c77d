package dev.hppgateway.domain;

import java.util.List;
import java.util.Set;

/**
 * How the hosted page looks and behaves (HPP v1 {@code options}); adapters send what their
 * provider understands. {@code paymentMethodCategory} and {@code paymentMethodCategories}
 * exclude each other, as in the provider API.
 */
public record PageOptions(
    PlaceOrderMode placeOrderMode,
    String pageTitle,
    String logoUrl,
    List<BackgroundImage> backgroundImages,
    List<String> paymentMethodCategories,
    String paymentMethodCategory,
    String purchaseType,
    boolean hideSubtotalDetail,
    String profileId) {

  public static final Set<String> CATEGORIES =
      Set.of("DIRECT_DEBIT", "DIRECT_BANK_TRANSFER", "PAY_NOW", "PAY_LATER", "PAY_OVER_TIME", "KLARNA");
  public static final Set<String> PURCHASE_TYPES =
      Set.of("BUY", "RENT", "BOOK", "SUBSCRIBE", "DOWNLOAD", "ORDER", "CONTINUE");
  private static final PageOptions DEFAULTS =
      new PageOptions(PlaceOrderMode.NONE, null, null, List.of(), List.of(), null, null, false, null);

  /** One background image for a screen width. */
  public record BackgroundImage(String url, int width) {
    public BackgroundImage {
      UrlTemplate image = UrlTemplate.parse(url, "options.background_images.url");
      Require.that(image.placeholders().isEmpty(), "options.background_images.url", "must not hold placeholders");
      Require.that(width > 0, "options.background_images.width", "must be a positive number of pixels");
    }
  }

  public PageOptions {
    placeOrderMode = placeOrderMode == null ? PlaceOrderMode.NONE : placeOrderMode;
    Require.optionalText(pageTitle, "options.page_title", 255);
    if (logoUrl != null) {
      Require.that(
          UrlTemplate.parse(logoUrl, "options.logo_url").placeholders().isEmpty(),
          "options.logo_url", "must not hold placeholders");
    }
    backgroundImages = copyWithoutNulls(backgroundImages, "options.background_images");
    paymentMethodCategories = copyWithoutNulls(paymentMethodCategories, "options.payment_method_categories");
    for (String category : paymentMethodCategories) {
      Require.that(CATEGORIES.contains(category), "options.payment_method_categories",
          "unknown category " + category + "; expected one of " + sorted(CATEGORIES));
    }
    if (paymentMethodCategory != null) {
      Require.that(CATEGORIES.contains(paymentMethodCategory), "options.payment_method_category",
          "unknown category " + paymentMethodCategory + "; expected one of " + sorted(CATEGORIES));
      Require.that(paymentMethodCategories.isEmpty(), "options.payment_method_category",
          "cannot be combined with payment_method_categories");
    }
    if (purchaseType != null) {
      Require.that(PURCHASE_TYPES.contains(purchaseType), "options.purchase_type",
          "unknown purchase type " + purchaseType + "; expected one of " + sorted(PURCHASE_TYPES));
    }
    Require.optionalText(profileId, "options.profile_id", 255);
  }

  public static PageOptions defaults() {
    return DEFAULTS;
  }

  private static <T> List<T> copyWithoutNulls(List<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      Require.present(values.get(i), field + "[" + i + "]");
    }
    return List.copyOf(values);
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
