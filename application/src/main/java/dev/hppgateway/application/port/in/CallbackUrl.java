package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import java.util.Objects;
import java.util.Optional;

/**
 * The gateway's callback URLs, the ones it hands to providers, built and read in one place:
 *
 * <ul>
 *   <li>{@code /callbacks/{provider}/{page id}/{secret}[/rest]}: per page (Klarna and Kustom
 *       status_update; the rest, such as Kustom's {@code /push?order_id=…}, is the adapter's);
 *   <li>{@code /callbacks/{provider}/m/{merchant id}/{secret}[/rest]}: per merchant, for providers
 *       with one webhook URL per merchant account;
 *   <li>{@code /callbacks/{provider}/p/{secret}[/rest]}: per provider account, for providers with
 *       one webhook URL for the gateway's whole account (Optty).
 * </ul>
 *
 * Providers do not sign callbacks, so each URL carries a random secret; it never appears in {@link
 * #toString()}.
 */
public final class CallbackUrl {
  /** Where callback paths start, after the gateway's public base URL. */
  public static final String PREFIX = "/callbacks/";

  private static final String MERCHANT_MARKER = "m";
  private static final String ACCOUNT_MARKER = "p";

  /** Whose secret the URL carries. */
  public enum Kind {
    PAGE,
    MERCHANT,
    ACCOUNT
  }

  private final ProviderId provider;
  private final Kind kind;
  private final HppSessionId page;
  private final MerchantId merchant;
  private final String secret;
  private final String rest;

  private CallbackUrl(
      ProviderId provider,
      Kind kind,
      HppSessionId page,
      MerchantId merchant,
      String secret,
      String rest) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.kind = kind;
    this.page = page;
    this.merchant = merchant;
    this.secret = requireSegment(secret);
    this.rest = rest == null ? "" : rest;
  }

  public static CallbackUrl forPage(ProviderId provider, HppSessionId page, String secret) {
    return new CallbackUrl(
        provider, Kind.PAGE, Objects.requireNonNull(page, "page"), null, secret, "");
  }

  public static CallbackUrl forMerchant(ProviderId provider, MerchantId merchant, String secret) {
    return new CallbackUrl(
        provider, Kind.MERCHANT, null, Objects.requireNonNull(merchant, "merchant"), secret, "");
  }

  public static CallbackUrl forAccount(ProviderId provider, String secret) {
    return new CallbackUrl(provider, Kind.ACCOUNT, null, null, secret, "");
  }

  /**
   * Reads a received request path (anything before {@code /callbacks/}, such as a base URL's own
   * path, is skipped) and its raw query. Empty when it is not one of the gateway's callback URLs.
   */
  public static Optional<CallbackUrl> parse(String path, String query) {
    if (path == null) {
      return Optional.empty();
    }
    int start = path.indexOf(PREFIX);
    if (start < 0) {
      return Optional.empty();
    }
    String[] parts = path.substring(start + PREFIX.length()).split("/", -1);
    try {
      if (parts.length >= 4 && parts[1].equals(MERCHANT_MARKER)) {
        return Optional.of(
            new CallbackUrl(
                ProviderId.of(parts[0]),
                Kind.MERCHANT,
                null,
                MerchantId.of(parts[2]),
                parts[3],
                rest(parts, 4, query)));
      }
      if (parts.length >= 3 && parts[1].equals(ACCOUNT_MARKER)) {
        return Optional.of(
            new CallbackUrl(
                ProviderId.of(parts[0]),
                Kind.ACCOUNT,
                null,
                null,
                parts[2],
                rest(parts, 3, query)));
      }
      boolean marker =
          parts.length >= 2
              && (parts[1].equals(MERCHANT_MARKER) || parts[1].equals(ACCOUNT_MARKER));
      if (parts.length >= 3 && !marker) {
        return Optional.of(
            new CallbackUrl(
                ProviderId.of(parts[0]),
                Kind.PAGE,
                HppSessionId.of(parts[1]),
                null,
                parts[2],
                rest(parts, 3, query)));
      }
    } catch (DomainValidationException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The absolute URL under the gateway's public base URL (trailing slashes ignored). */
  public String on(String publicBaseUrl) {
    String base = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + path();
  }

  /** The path from {@code /callbacks/} on, with the rest when the URL was read from a request. */
  public String path() {
    String owner =
        switch (kind) {
          case PAGE -> page.value() + "/";
          case MERCHANT -> MERCHANT_MARKER + "/" + merchant.value() + "/";
          case ACCOUNT -> ACCOUNT_MARKER + "/";
        };
    return PREFIX + provider.value() + "/" + owner + secret + rest;
  }

  public ProviderId provider() {
    return provider;
  }

  public Kind kind() {
    return kind;
  }

  /** The page of a per-page URL. */
  public Optional<HppSessionId> page() {
    return Optional.ofNullable(page);
  }

  /** The merchant of a per-merchant URL. */
  public Optional<MerchantId> merchant() {
    return Optional.ofNullable(merchant);
  }

  /** The secret, to be checked in constant time against the stored hash. */
  public String secret() {
    return secret;
  }

  /**
   * What followed the secret, with the query ({@code /push?order_id=1}); "" when nothing did. The
   * adapter reads it.
   */
  public String rest() {
    return rest;
  }

  private static String rest(String[] parts, int from, String query) {
    StringBuilder rest = new StringBuilder();
    for (int i = from; i < parts.length; i++) {
      rest.append('/').append(parts[i]);
    }
    if (query != null && !query.isEmpty()) {
      rest.append('?').append(query);
    }
    return rest.toString();
  }

  private static String requireSegment(String secret) {
    if (secret == null || secret.isEmpty() || secret.contains("/") || secret.contains("?")) {
      throw new IllegalArgumentException("a callback secret is one non-empty path segment");
    }
    return secret;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CallbackUrl that && path().equals(that.path());
  }

  @Override
  public int hashCode() {
    return path().hashCode();
  }

  @Override
  public String toString() {
    // The secret stays out: this string may reach a log.
    String owner =
        page != null ? " page " + page : merchant != null ? " merchant " + merchant : " account";
    return "CallbackUrl[" + provider + owner + "]";
  }
}
