package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderId;
import java.util.Set;

/**
 * The page options an Optty payment link takes, each one CustomHppDto field (seed 000):
 *
 * <ul>
 *   <li>{@code page_title} (text): the link's {@code description}; the merchant reference when left
 *       out;
 *   <li>{@code enable_tipping} (true/false): {@code enableTipping}, false when left out;
 *   <li>{@code hide_tax} (true/false): {@code hideTax}, false when left out;
 *   <li>{@code email_customer} (true/false): {@code emailCustomer}, false when left out;
 *   <li>{@code account_code} (text): {@code accountCode}, instead of the configured one.
 * </ul>
 *
 * Anything else is refused by name, since the hosted page would silently ignore it.
 */
final class OpttyPageOptions {
  static final String PAGE_TITLE = "page_title";
  static final String ENABLE_TIPPING = "enable_tipping";
  static final String HIDE_TAX = "hide_tax";
  static final String EMAIL_CUSTOMER = "email_customer";
  static final String ACCOUNT_CODE = "account_code";
  private static final Set<String> NAMES =
      Set.of(PAGE_TITLE, ENABLE_TIPPING, HIDE_TAX, EMAIL_CUSTOMER, ACCOUNT_CODE);
  private static final int MAX_TITLE = 255;
  private static final int MAX_ACCOUNT_CODE = 64;

  private OpttyPageOptions() {}

  static void check(PageOptions options, ProviderId provider) {
    for (String name : options.asMap().keySet()) {
      if (!NAMES.contains(name)) {
        throw new DomainValidationException(
            PageOptions.fieldOf(name), "is not supported by provider " + provider);
      }
    }
    options.text(PAGE_TITLE).ifPresent(title -> requireBoundedText(PAGE_TITLE, title, MAX_TITLE));
    options
        .text(ACCOUNT_CODE)
        .ifPresent(
            code -> {
              requireBoundedText(ACCOUNT_CODE, code, MAX_ACCOUNT_CODE);
              if (code.chars().anyMatch(Character::isISOControl)) {
                throw new DomainValidationException(
                    PageOptions.fieldOf(ACCOUNT_CODE), "must not contain control characters");
              }
            });
    options.flag(ENABLE_TIPPING);
    options.flag(HIDE_TAX);
    options.flag(EMAIL_CUSTOMER);
  }

  /** The link's description, or null for the default. */
  static String title(PageOptions options) {
    return options.text(PAGE_TITLE).filter(title -> !title.isBlank()).orElse(null);
  }

  /** The account code to send: the option's, else {@code configured} (null sends none). */
  static String accountCode(PageOptions options, String configured) {
    return options.text(ACCOUNT_CODE).orElse(configured);
  }

  /** A true/false option; false when left out. */
  static boolean flag(PageOptions options, String name) {
    return options.flag(name).orElse(false);
  }

  private static void requireBoundedText(String name, String value, int max) {
    String field = PageOptions.fieldOf(name);
    if (value.isBlank()) {
      throw new DomainValidationException(field, "is required and must not be blank");
    }
    if (value.length() > max) {
      throw new DomainValidationException(field, "must be at most " + max + " characters");
    }
  }
}
