package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.PageOptionsCheck;
import dev.hppgateway.domain.UrlTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HPP v1 {@code options} vocabulary (PROVIDERS.md §1) read from a page's {@link PageOptions},
 * validated with the API's field names. {@code paymentMethodCategory} and {@code
 * paymentMethodCategories} exclude each other, as in the provider API.
 *
 * @param placeOrderMode NONE when the option is left out (the API's default)
 */
public record HppV1Options(
    PlaceOrderMode placeOrderMode,
    String pageTitle,
    String logoUrl,
    List<BackgroundImage> backgroundImages,
    List<String> paymentMethodCategories,
    String paymentMethodCategory,
    String purchaseType,
    boolean hideSubtotalDetail,
    String profileId) {

  public static final String PLACE_ORDER_MODE = "place_order_mode";
  public static final String PAGE_TITLE = "page_title";
  public static final String LOGO_URL = "logo_url";
  public static final String BACKGROUND_IMAGES = "background_images";
  public static final String PAYMENT_METHOD_CATEGORIES = "payment_method_categories";
  public static final String PAYMENT_METHOD_CATEGORY = "payment_method_category";
  public static final String PURCHASE_TYPE = "purchase_type";
  public static final String HIDE_SUBTOTAL_DETAIL = "hide_subtotal_detail";
  public static final String PROFILE_ID = "profile_id";

  /** Every option name the HPP v1 API takes. */
  public static final Set<String> NAMES =
      Set.of(
          PLACE_ORDER_MODE,
          PAGE_TITLE,
          LOGO_URL,
          BACKGROUND_IMAGES,
          PAYMENT_METHOD_CATEGORIES,
          PAYMENT_METHOD_CATEGORY,
          PURCHASE_TYPE,
          HIDE_SUBTOTAL_DETAIL,
          PROFILE_ID);

  public static final Set<String> CATEGORIES =
      Set.of(
          "DIRECT_DEBIT",
          "DIRECT_BANK_TRANSFER",
          "PAY_NOW",
          "PAY_LATER",
          "PAY_OVER_TIME",
          "KLARNA");
  public static final Set<String> PURCHASE_TYPES =
      Set.of("BUY", "RENT", "BOOK", "SUBSCRIBE", "DOWNLOAD", "ORDER", "CONTINUE");

  /** The place-order modes that make the provider place the order (and so know its id). */
  public static final Set<String> PLACING_MODES =
      Set.of(PlaceOrderMode.PLACE_ORDER.name(), PlaceOrderMode.CAPTURE_ORDER.name());

  private static final HppV1Options DEFAULTS =
      new HppV1Options(
          PlaceOrderMode.NONE, null, null, List.of(), List.of(), null, null, false, null);

  /** One background image for a screen width. */
  public record BackgroundImage(String url, int width) {
    public BackgroundImage {
      UrlTemplate image = UrlTemplate.parse(url, "options.background_images.url");
      that(
          image.placeholders().isEmpty(),
          "options.background_images.url",
          "must not hold placeholders");
      that(width > 0, "options.background_images.width", "must be a positive number of pixels");
    }
  }

  public HppV1Options {
    placeOrderMode = placeOrderMode == null ? PlaceOrderMode.NONE : placeOrderMode;
    optionalText(pageTitle, "options.page_title", 255);
    if (logoUrl != null) {
      that(
          UrlTemplate.parse(logoUrl, "options.logo_url").placeholders().isEmpty(),
          "options.logo_url",
          "must not hold placeholders");
    }
    backgroundImages = copyWithoutNulls(backgroundImages, "options.background_images");
    paymentMethodCategories =
        copyWithoutNulls(paymentMethodCategories, "options.payment_method_categories");
    for (String category : paymentMethodCategories) {
      that(
          CATEGORIES.contains(category),
          "options.payment_method_categories",
          "unknown category " + category + "; expected one of " + sorted(CATEGORIES));
    }
    if (paymentMethodCategory != null) {
      that(
          CATEGORIES.contains(paymentMethodCategory),
          "options.payment_method_category",
          "unknown category " + paymentMethodCategory + "; expected one of " + sorted(CATEGORIES));
      that(
          paymentMethodCategories.isEmpty(),
          "options.payment_method_category",
          "cannot be combined with payment_method_categories");
    }
    if (purchaseType != null) {
      that(
          PURCHASE_TYPES.contains(purchaseType),
          "options.purchase_type",
          "unknown purchase type " + purchaseType + "; expected one of " + sorted(PURCHASE_TYPES));
    }
    optionalText(profileId, "options.profile_id", 255);
  }

  public static HppV1Options defaults() {
    return DEFAULTS;
  }

  /**
   * Reads the HPP v1 options out of {@code options}; options of other names are ignored here (the
   * {@link #check} refuses them before any call).
   *
   * @throws DomainValidationException naming the option and why
   */
  public static HppV1Options read(PageOptions options) {
    return new HppV1Options(
        options.text(PLACE_ORDER_MODE).map(HppV1Options::placeOrderMode).orElse(null),
        options.text(PAGE_TITLE).orElse(null),
        options.text(LOGO_URL).orElse(null),
        options.list(BACKGROUND_IMAGES).map(HppV1Options::images).orElse(null),
        options
            .list(PAYMENT_METHOD_CATEGORIES)
            .map(v -> texts(v, PageOptions.fieldOf(PAYMENT_METHOD_CATEGORIES)))
            .orElse(null),
        options.text(PAYMENT_METHOD_CATEGORY).orElse(null),
        options.text(PURCHASE_TYPE).orElse(null),
        options.flag(HIDE_SUBTOTAL_DETAIL).orElse(false),
        options.text(PROFILE_ID).orElse(null));
  }

  /**
   * The options check an HPP v1 provider declares in its capabilities: the HPP v1 vocabulary, read
   * and validated, minus the options in {@code refused} (name to the reason it is refused, such as
   * "KP only"); any other option is not supported.
   */
  public static PageOptionsCheck check(Map<String, String> refused) {
    Map<String, String> refusedCopy = Map.copyOf(refused);
    return (options, provider) -> {
      for (String name : options.asMap().keySet()) {
        String reason = refusedCopy.get(name);
        if (reason != null) {
          throw new DomainValidationException(
              PageOptions.fieldOf(name),
              "is not supported by provider " + provider + " (" + reason + ")");
        }
        if (!NAMES.contains(name)) {
          throw new DomainValidationException(
              PageOptions.fieldOf(name), "is not supported by provider " + provider);
        }
      }
      read(options);
    };
  }

  private static PlaceOrderMode placeOrderMode(String value) {
    for (PlaceOrderMode mode : PlaceOrderMode.values()) {
      if (mode.name().equals(value)) {
        return mode;
      }
    }
    throw new DomainValidationException(
        PageOptions.fieldOf(PLACE_ORDER_MODE),
        "unknown place_order_mode "
            + value
            + "; expected one of "
            + List.of(PlaceOrderMode.values()));
  }

  private static List<BackgroundImage> images(List<Object> values) {
    List<BackgroundImage> images = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (!(values.get(i) instanceof Map<?, ?> image)) {
        throw new DomainValidationException(
            "options.background_images[" + i + "]", "must be an object with url and width");
      }
      Object url = image.get("url");
      Object width = image.get("width");
      that(url == null || url instanceof String, "options.background_images.url", "must be text");
      that(
          width instanceof Long pixels && pixels <= Integer.MAX_VALUE,
          "options.background_images.width",
          "must be a positive number of pixels");
      images.add(new BackgroundImage((String) url, ((Long) width).intValue()));
    }
    return images;
  }

  private static List<String> texts(List<Object> values, String field) {
    List<String> texts = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (!(values.get(i) instanceof String text)) {
        throw new DomainValidationException(field + "[" + i + "]", "must be text");
      }
      texts.add(text);
    }
    return texts;
  }

  private static <T> List<T> copyWithoutNulls(List<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      that(values.get(i) != null, field + "[" + i + "]", "is required");
    }
    return List.copyOf(values);
  }

  private static void optionalText(String value, String field, int maxLength) {
    if (value == null) {
      return;
    }
    that(!value.isBlank(), field, "is required and must not be blank");
    that(value.length() <= maxLength, field, "must be at most " + maxLength + " characters");
  }

  private static void that(boolean condition, String field, String reason) {
    if (!condition) {
      throw new DomainValidationException(field, reason);
    }
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
