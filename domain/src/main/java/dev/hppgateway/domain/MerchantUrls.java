package dev.hppgateway.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The merchant's redirect URLs (success, cancel, back, failure, error) and the status callback URL,
 * each optional. Applies the providers' fallback: with no error URL, failure is used.
 */
public final class MerchantUrls {
  private static final MerchantUrls NONE = new MerchantUrls(new EnumMap<>(UrlKind.class));

  private final Map<UrlKind, UrlTemplate> urls;

  private MerchantUrls(Map<UrlKind, UrlTemplate> urls) {
    this.urls = Collections.unmodifiableMap(urls);
  }

  public static MerchantUrls none() {
    return NONE;
  }

  /** Parses raw URLs keyed by kind; null or absent values mean "not set". */
  public static MerchantUrls parse(Map<UrlKind, String> raw) {
    Map<UrlKind, UrlTemplate> parsed = new EnumMap<>(UrlKind.class);
    raw.forEach(
        (kind, value) -> {
          if (value != null) {
            parsed.put(kind, UrlTemplate.parse(value, fieldOf(kind)));
          }
        });
    return new MerchantUrls(parsed);
  }

  public static MerchantUrls of(Map<UrlKind, UrlTemplate> urls) {
    Map<UrlKind, UrlTemplate> copy = new EnumMap<>(UrlKind.class);
    copy.putAll(urls);
    return new MerchantUrls(copy);
  }

  public static String fieldOf(UrlKind kind) {
    return "merchant_urls." + kind.fieldName();
  }

  /** The URL exactly as the merchant set it. */
  public Optional<UrlTemplate> get(UrlKind kind) {
    return Optional.ofNullable(urls.get(kind));
  }

  /** The URL the shopper is sent to for this outcome, after the error → failure fallback. */
  public Optional<UrlTemplate> effective(UrlKind kind) {
    UrlTemplate url = urls.get(kind);
    if (url == null && kind == UrlKind.ERROR) {
      return Optional.ofNullable(urls.get(UrlKind.FAILURE));
    }
    return Optional.ofNullable(url);
  }

  public Map<UrlKind, UrlTemplate> asMap() {
    return urls;
  }

  /** The same URLs with the status callback pointed at the gateway. */
  public MerchantUrls withStatusUpdate(UrlTemplate statusUpdate) {
    Map<UrlKind, UrlTemplate> copy = new EnumMap<>(UrlKind.class);
    copy.putAll(urls);
    copy.put(UrlKind.STATUS_UPDATE, statusUpdate);
    return new MerchantUrls(copy);
  }

  /** The merchant's own URLs: these without the status callback. */
  public MerchantUrls withoutStatusUpdate() {
    if (!urls.containsKey(UrlKind.STATUS_UPDATE)) {
      return this;
    }
    Map<UrlKind, UrlTemplate> copy = new EnumMap<>(UrlKind.class);
    copy.putAll(urls);
    copy.remove(UrlKind.STATUS_UPDATE);
    return new MerchantUrls(copy);
  }

  /**
   * Rejects a URL kind the provider does not take and a placeholder it would not fill in that URL
   * with these page options, naming the field and why.
   */
  public void validateFor(
      ProviderId provider, ProviderCapabilities capabilities, PageOptions options) {
    for (Map.Entry<UrlKind, UrlTemplate> entry : urls.entrySet()) {
      UrlKind kind = entry.getKey();
      String field = fieldOf(kind);
      if (!capabilities.urlKinds().contains(kind)) {
        throw new DomainValidationException(field, "is not supported by provider " + provider);
      }
      for (Placeholder placeholder : entry.getValue().placeholders()) {
        PlaceholderRule rule =
            capabilities
                .rule(placeholder)
                .orElseThrow(
                    () ->
                        new DomainValidationException(
                            field,
                            placeholder.literal() + " is not supported by provider " + provider));
        if (!rule.urlKinds().contains(kind)) {
          throw new DomainValidationException(
              field,
              placeholder.literal()
                  + " is not filled in a "
                  + kind.fieldName()
                  + " URL by provider "
                  + provider
                  + " (only in "
                  + names(rule)
                  + ")");
        }
        OptionCondition condition = rule.condition();
        if (condition != null && !condition.holds(options)) {
          throw new DomainValidationException(
              field,
              placeholder.literal()
                  + " needs "
                  + condition.option()
                  + " "
                  + condition.describe()
                  + " with provider "
                  + provider
                  + ", not "
                  + condition.valueIn(options));
        }
      }
    }
  }

  private static String names(PlaceholderRule rule) {
    return rule.urlKinds().stream().map(UrlKind::fieldName).sorted().toList().toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MerchantUrls that && urls.equals(that.urls);
  }

  @Override
  public int hashCode() {
    return urls.hashCode();
  }

  @Override
  public String toString() {
    return urls.toString();
  }
}
