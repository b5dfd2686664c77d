package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import java.util.Objects;

/**
 * What an adapter asks the HPP API for: a page over the payment session (KP) or order (KCO) at
 * {@code paymentSessionUrl}, with the merchant URLs passed through raw (placeholders intact) and
 * the page's options read as {@link HppV1Options}.
 *
 * @param placeOrderMode sent as {@code options.place_order_mode}; null leaves it out (KCO)
 */
record HppPageRequest(
    String paymentSessionUrl,
    MerchantUrls merchantUrls,
    PageOptions options,
    PlaceOrderMode placeOrderMode) {

  public HppPageRequest {
    Objects.requireNonNull(paymentSessionUrl, "paymentSessionUrl");
    merchantUrls = merchantUrls == null ? MerchantUrls.none() : merchantUrls;
    options = options == null ? PageOptions.none() : options;
  }
}
