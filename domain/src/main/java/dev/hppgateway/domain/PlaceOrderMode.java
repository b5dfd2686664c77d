package dev.hppgateway.domain;

/**
 * Whether the provider places (or places and captures) the order itself once the shopper
 * authorized. KP only; with NONE the merchant places it with the authorization token.
 */
public enum PlaceOrderMode {
  NONE,
  PLACE_ORDER,
  CAPTURE_ORDER
}
