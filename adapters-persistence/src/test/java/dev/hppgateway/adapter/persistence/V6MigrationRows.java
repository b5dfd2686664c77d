package dev.hppgateway.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Rows of {@code hpp_sessions} in the shape V2..V5 gave it: per-option columns, status_update_url.
 */
final class V6MigrationRows {
  private static final String INSERT =
      "INSERT INTO hpp_sessions (id, merchant_id, provider_id, merchant_reference,"
          + " amount_minor, currency, tax_amount_minor, order_lines, purchase_country, locale,"
          + " success_url, cancel_url, back_url, failure_url, error_url, status_update_url,"
          + " place_order_mode, page_title, logo_url, background_images, payment_method_categories,"
          + " payment_method_category, purchase_type, hide_subtotal_detail, profile_id,"
          + " shopper_email, shopper_phone, shopper_phone_country, status, raw_status, provider_session_id,"
          + " payment_ref, redirect_url, qr_code_url, distribution_url, expires_at, authorization_token, order_id,"
          + " callback_secret_hash, version, created_at, updated_at)"
          + " VALUES (?, 'm_test', ?, 'order-1', 20000, 'SEK', 4000,"
          + " '[{\"type\":\"physical\",\"reference\":null,\"name\":\"Shoes\",\"quantity\":2,\"unit_price\":10000,"
          + "\"tax_rate\":2500,\"total_amount\":20000,\"total_discount_amount\":0,\"total_tax_amount\":4000}]',"
          + " 'SE', 'sv-SE', 'https://shop.example/ok?sid={{session_id}}', NULL, NULL, NULL, NULL, NULL,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " NULL, NULL, NULL, 'WAITING', 'WAITING', ?, 'pay-1', 'https://pay.example/r/1', NULL, NULL, ?, NULL, NULL,"
          + " NULL, 2, ?, ?)";

  private V6MigrationRows() {}

  /** A KP row with every option column set, the title holding characters JSON must escape. */
  static void insertEveryOption(Connection connection, String id, Instant at) throws SQLException {
    insert(
        connection,
        id,
        "klarna-kp",
        "CAPTURE_ORDER",
        "Betala \"nu\" \\ “Fjäll” ✓",
        "https://shop.example/logo.png",
        "[{\"url\":\"https://shop.example/bg.png\",\"width\":600}]",
        "[\"PAY_LATER\",\"PAY_NOW\"]",
        null,
        "BUY",
        true,
        "profile-7",
        at);
  }

  /** A KCO row as V5 wrote one without options: NONE, empty lists, false, nulls. */
  static void insertNoOptions(Connection connection, String id, Instant at) throws SQLException {
    insert(
        connection, id, "kustom-kco", "NONE", null, null, "[]", "[]", null, null, false, null, at);
  }

  /** A single chosen category (the other exclusive field). */
  static void insertSingleCategory(Connection connection, String id, Instant at)
      throws SQLException {
    insert(
        connection,
        id,
        "klarna-kp",
        "PLACE_ORDER",
        null,
        null,
        "[]",
        "[]",
        "KLARNA",
        null,
        false,
        null,
        at);
  }

  private static void insert(
      Connection connection,
      String id,
      String provider,
      String placeOrderMode,
      String pageTitle,
      String logoUrl,
      String backgroundImages,
      String categories,
      String category,
      String purchaseType,
      boolean hideSubtotalDetail,
      String profileId,
      Instant at)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
      int i = 1;
      statement.setString(i++, id);
      statement.setString(i++, provider);
      statement.setString(i++, placeOrderMode);
      statement.setString(i++, pageTitle);
      statement.setString(i++, logoUrl);
      statement.setString(i++, backgroundImages);
      statement.setString(i++, categories);
      statement.setString(i++, category);
      statement.setString(i++, purchaseType);
      statement.setBoolean(i++, hideSubtotalDetail);
      statement.setString(i++, profileId);
      statement.setString(i++, "hpp-" + id);
      statement.setObject(i++, time.plusHours(2));
      statement.setObject(i++, time);
      statement.setObject(i, time);
      statement.executeUpdate();
    }
  }
}
