package dev.hppgateway.domain;

/**
 * How to reach the shopper, for providers that send the link themselves (Optty requires email and
 * phone; Klarna/Kustom distribution by sms/email). Every field is optional here; a provider that
 * needs one says so when the session is created.
 */
public record Shopper(String email, String phone, String phoneCountry) {
  private static final Shopper NONE = new Shopper(null, null, null);

  public Shopper {
    Require.optionalText(email, "shopper.email", 254);
    if (email != null) {
      Require.that(
          email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
          "shopper.email",
          "is not an email address");
    }
    Require.optionalText(phone, "shopper.phone", 32);
    if (phone != null) {
      Require.that(phone.matches("\\+?[0-9 ()-]{4,31}"), "shopper.phone", "is not a phone number");
    }
    Require.optionalText(phoneCountry, "shopper.phone_country", 2);
    if (phoneCountry != null) {
      Require.that(
          phoneCountry.matches("[A-Z]{2}"),
          "shopper.phone_country",
          "must be an ISO 3166 alpha-2 code like SE");
    }
  }

  public static Shopper none() {
    return NONE;
  }
}
