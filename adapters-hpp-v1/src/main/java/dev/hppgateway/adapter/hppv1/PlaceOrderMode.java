package dev.hppgateway.adapter.hppv1;

/**
 * HPP v1 {@code options.place_order_mode}: whether the provider places (or places and captures) the
 * order itself once the shopper authorized. KP only; with NONE the merchant (or the gateway) places
 * it with the authorization token.
 */
public enum PlaceOrderMode {
  NONE,
  PLACE_ORDER,
  CAPTURE_ORDER
}
