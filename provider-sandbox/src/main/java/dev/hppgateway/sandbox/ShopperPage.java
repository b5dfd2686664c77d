package dev.hppgateway.sandbox;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * What the shopper page shows.
 *
 * @param providerLabel "Klarna", "Kustom" or "Optty"
 * @param merchantName shown as the page's heading
 * @param title the merchant's page title
 * @param amount already formatted for the currency
 * @param lines the order lines (or Optty items)
 * @param status the raw provider status, shown small
 * @param notice a sentence above the buttons (expired, already paid, ...), or null
 * @param actionBase the path the buttons post to ({@code actionBase + "/pay"}, ...)
 * @param buttons whether the shopper may still act
 */
public record ShopperPage(
    String providerLabel,
    String merchantName,
    String title,
    String amount,
    List<Line> lines,
    String status,
    @Nullable String notice,
    String actionBase,
    boolean buttons) {

  /** One row of the order summary. */
  public record Line(String name, long quantity, String amount) {}
}
