package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderId;

/**
 * The one page option an Optty payment link takes: {@code page_title}, sent as the link's
 * description (the merchant reference when it is left out). Anything else is refused by name, since
 * the hosted page would silently ignore it.
 */
final class OpttyPageOptions {
  static final String PAGE_TITLE = "page_title";
  private static final int MAX_TITLE = 255;

  private OpttyPageOptions() {}

  static void check(PageOptions options, ProviderId provider) {
    for (String name : options.asMap().keySet()) {
      if (!name.equals(PAGE_TITLE)) {
        throw new DomainValidationException(
            PageOptions.fieldOf(name), "is not supported by provider " + provider);
      }
    }
    options
        .text(PAGE_TITLE)
        .ifPresent(
            title -> {
              if (title.isBlank()) {
                throw new DomainValidationException(
                    PageOptions.fieldOf(PAGE_TITLE), "is required and must not be blank");
              }
              if (title.length() > MAX_TITLE) {
                throw new DomainValidationException(
                    PageOptions.fieldOf(PAGE_TITLE),
                    "must be at most " + MAX_TITLE + " characters");
              }
            });
  }
}
