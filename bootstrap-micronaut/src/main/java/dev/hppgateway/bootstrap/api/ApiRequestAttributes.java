package dev.hppgateway.bootstrap.api;

/**
 * What the merchant API notes on a request for the request log, besides the merchant ({@link
 * MerchantAuthFilter#MERCHANT_ID}). Values are ids only: never a key, a contact or a body.
 */
public final class ApiRequestAttributes {
  /** The id of the page a {@code POST /v1/hpp-sessions} created (or replayed). */
  public static final String PAGE_ID = "hpp.page-id";

  /** The provider's correlation id of a provider failure the API answered (502 or 503). */
  public static final String PROVIDER_CORRELATION_ID = "hpp.provider-correlation-id";

  private ApiRequestAttributes() {}
}
