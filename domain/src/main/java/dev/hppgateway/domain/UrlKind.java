package dev.hppgateway.domain;

import java.util.Locale;

/** Where a merchant URL is used: the shopper's redirects, and the provider's status callback. */
public enum UrlKind {
  SUCCESS,
  CANCEL,
  BACK,
  FAILURE,
  ERROR,
  STATUS_UPDATE;

  /** The JSON name in {@code merchant_urls}. */
  public String fieldName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
