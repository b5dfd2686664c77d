package dev.hppgateway.adapter.hppv1;

import dev.hppgateway.domain.PaymentOrder;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The exact request bodies the Klarna KP adapter sends, made with its own wire records and mapper,
 * for the load driver's direct baseline (built once, outside the timed loop).
 */
public final class WireBodies {
  private static final ObjectMapper JSON = ObjectMapper.getDefault();

  private WireBodies() {}

  /** {@code POST /payments/v1/sessions}: the order as PurchaseBody. */
  public static String kpSession(PaymentOrder order, String merchantReference, String gatewayId) {
    return encode(PurchaseBody.of(order, merchantReference, gatewayId));
  }

  /**
   * {@code POST /hpp/v1/sessions} over {@code paymentSessionUrl}, with a success URL and the
   * gateway's status_update callback URL, no options (as for a KP page created without options).
   */
  public static String hppCreate(String paymentSessionUrl, String success, String statusUpdate) {
    return encode(
        new CreateHppSessionBody(
            paymentSessionUrl,
            new CreateHppSessionBody.MerchantUrlsBody(
                success, null, null, null, null, statusUpdate),
            null,
            null));
  }

  private static String encode(Object body) {
    try {
      return new String(JSON.writeValueAsBytes(body), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
