package dev.hppgateway.adapter.opttydirect;

/** OAuth scopes Optty checks per API: a token of one scope is refused by the other's APIs. */
final class OpttyScope {
  /** "Auth - Merchant": creating (and, unverified, cancelling/refunding) payment links. */
  static final String MERCHANT = "merchant";

  /** Reading orders under {@code /orders/...}. */
  static final String API_USER = "api-user";

  private OpttyScope() {}
}
