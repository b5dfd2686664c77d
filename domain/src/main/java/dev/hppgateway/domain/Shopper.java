package dev.hppgateway.domain;

import java.util.regex.Pattern;

/**
 * How to reach the shopper, for providers that send the link themselves (Optty requires email and
 * phone; Klarna/Kustom distribution by sms/email). Every field is optional here; a provider that
 * needs one says so when the session is created.
 */
public record Shopper(String email, String phone, String phoneCountry) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{4,31}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Shopper NONE = new Shopper(null, null, null);

  public Shopper {
    Require.optionalText(email, "shopper.email", 254);
    if (email != null) {
      Require.that(EMAIL.matcher(email).matches(), "shopper.email", "is not an email address");
    }
    Require.optionalText(phone, "shopper.phone", 32);
    if (phone != null) {
      Require.that(PHONE.matcher(phone).matches(), "shopper.phone", "is not a phone number");
    }
    Require.optionalText(phoneCountry, "shopper.phone_country", 2);
    if (phoneCountry != null) {
      Require.that(
          COUNTRY.matcher(phoneCountry).matches(),
          "shopper.phone_country",
          "must be an ISO 3166 alpha-2 code like SE");
    }
  }

  public static Shopper none() {
    return NONE;
  }
}
