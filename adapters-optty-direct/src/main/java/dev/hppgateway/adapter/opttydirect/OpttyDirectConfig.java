package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.adapter.providerhttp.ProviderAuth;
import dev.hppgateway.adapter.providerhttp.ProviderConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the Optty Direct adapter. Null optional values take the defaults below, so callers
 * (the bootstrap, embedded users) state only what differs. {@link #toString()} never shows the
 * client secret or the payment secret.
 *
 * @param authBaseUrl token host; default sandbox {@value #SANDBOX_AUTH} (live {@value #LIVE_AUTH})
 * @param apiBaseUrl API host; default sandbox {@value #SANDBOX_API} (live {@value #LIVE_API})
 * @param clientId OAuth client id from Optty's merchant portal
 * @param clientSecret OAuth client secret; never logged or shown
 * @param connectTimeout default 5 s
 * @param readTimeout default 30 s
 * @param itemEncoding how order lines are sent; default {@link ItemEncoding#OBJECTS}
 * @param refundOrCancelRoute the unpublished refund/cancel call; default {@link
 *     RefundOrCancelRoute#defaults()} (UNVERIFIED)
 * @param paymentSecret the merchant's payment secret that keys the redirect hash; optional
 * @param accountCode Optty account code sent with each link; optional
 * @param paymentSessionLifetime how long a link lives (its {@code dueDate}); default 48 h
 */
public record OpttyDirectConfig(
    URI authBaseUrl,
    URI apiBaseUrl,
    String clientId,
    String clientSecret,
    Duration connectTimeout,
    Duration readTimeout,
    ItemEncoding itemEncoding,
    RefundOrCancelRoute refundOrCancelRoute,
    String paymentSecret,
    String accountCode,
    Duration paymentSessionLifetime) {

  public static final String SANDBOX_AUTH = "https://auth.qa.optty.com";
  public static final String SANDBOX_API = "https://api.qa.optty.com";
  public static final String LIVE_AUTH = "https://auth.optty.com";
  public static final String LIVE_API = "https://api.optty.com";
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_PAYMENT_SESSION_LIFETIME = Duration.ofHours(48);

  public OpttyDirectConfig {
    authBaseUrl = authBaseUrl == null ? URI.create(SANDBOX_AUTH) : authBaseUrl;
    apiBaseUrl = apiBaseUrl == null ? URI.create(SANDBOX_API) : apiBaseUrl;
    requireHttpUrl(authBaseUrl, "authBaseUrl");
    requireHttpUrl(apiBaseUrl, "apiBaseUrl");
    requireText(clientId, "clientId");
    requireText(clientSecret, "clientSecret");
    connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
    readTimeout = positive(readTimeout, DEFAULT_READ_TIMEOUT, "readTimeout");
    itemEncoding = itemEncoding == null ? ItemEncoding.OBJECTS : itemEncoding;
    refundOrCancelRoute =
        refundOrCancelRoute == null ? RefundOrCancelRoute.defaults() : refundOrCancelRoute;
    paymentSecret = blankToNull(paymentSecret);
    accountCode = blankToNull(accountCode);
    paymentSessionLifetime =
        positive(
            paymentSessionLifetime, DEFAULT_PAYMENT_SESSION_LIFETIME, "paymentSessionLifetime");
  }

  /** Optty's sandbox hosts with every default. */
  public static OpttyDirectConfig sandbox(String clientId, String clientSecret) {
    return new OpttyDirectConfig(
        null, null, clientId, clientSecret, null, null, null, null, null, null, null);
  }

  /** Optty's live hosts with every default. */
  public static OpttyDirectConfig live(String clientId, String clientSecret) {
    return sandbox(clientId, clientSecret)
        .withBaseUrls(URI.create(LIVE_AUTH), URI.create(LIVE_API));
  }

  public OpttyDirectConfig withBaseUrls(URI auth, URI api) {
    return new OpttyDirectConfig(
        auth,
        api,
        clientId,
        clientSecret,
        connectTimeout,
        readTimeout,
        itemEncoding,
        refundOrCancelRoute,
        paymentSecret,
        accountCode,
        paymentSessionLifetime);
  }

  public OpttyDirectConfig withTimeouts(Duration connect, Duration read) {
    return new OpttyDirectConfig(
        authBaseUrl,
        apiBaseUrl,
        clientId,
        clientSecret,
        connect,
        read,
        itemEncoding,
        refundOrCancelRoute,
        paymentSecret,
        accountCode,
        paymentSessionLifetime);
  }

  public OpttyDirectConfig withItemEncoding(ItemEncoding encoding) {
    return new OpttyDirectConfig(
        authBaseUrl,
        apiBaseUrl,
        clientId,
        clientSecret,
        connectTimeout,
        readTimeout,
        encoding,
        refundOrCancelRoute,
        paymentSecret,
        accountCode,
        paymentSessionLifetime);
  }

  public OpttyDirectConfig withRefundOrCancelRoute(RefundOrCancelRoute route) {
    return new OpttyDirectConfig(
        authBaseUrl,
        apiBaseUrl,
        clientId,
        clientSecret,
        connectTimeout,
        readTimeout,
        itemEncoding,
        route,
        paymentSecret,
        accountCode,
        paymentSessionLifetime);
  }

  public OpttyDirectConfig withPaymentSecret(String secret) {
    return new OpttyDirectConfig(
        authBaseUrl,
        apiBaseUrl,
        clientId,
        clientSecret,
        connectTimeout,
        readTimeout,
        itemEncoding,
        refundOrCancelRoute,
        secret,
        accountCode,
        paymentSessionLifetime);
  }

  public OpttyDirectConfig withAccountCode(String code) {
    return new OpttyDirectConfig(
        authBaseUrl,
        apiBaseUrl,
        clientId,
        clientSecret,
        connectTimeout,
        readTimeout,
        itemEncoding,
        refundOrCancelRoute,
        paymentSecret,
        code,
        paymentSessionLifetime);
  }

  public OpttyDirectConfig withPaymentSessionLifetime(Duration lifetime) {
    return new OpttyDirectConfig(
        authBaseUrl,
        apiBaseUrl,
        clientId,
        clientSecret,
        connectTimeout,
        readTimeout,
        itemEncoding,
        refundOrCancelRoute,
        paymentSecret,
        accountCode,
        lifetime);
  }

  /** The token host: no Authorization header, the client credentials go in the form body. */
  ProviderConnection authConnection() {
    return connection(authBaseUrl);
  }

  /** The API host: each call brings a bearer token of its scope. */
  ProviderConnection apiConnection() {
    return connection(apiBaseUrl);
  }

  private ProviderConnection connection(URI baseUrl) {
    return new ProviderConnection(
        OpttyDirectPaymentProvider.ID,
        baseUrl.toString(),
        ProviderAuth.none(),
        connectTimeout,
        readTimeout);
  }

  @Override
  public String toString() {
    return "OpttyDirectConfig[authBaseUrl="
        + authBaseUrl
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", clientId="
        + clientId
        + ", clientSecret=***"
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", itemEncoding="
        + itemEncoding
        + ", refundOrCancelRoute="
        + refundOrCancelRoute
        + ", paymentSecret="
        + (paymentSecret == null ? "none" : "***")
        + ", accountCode="
        + accountCode
        + ", paymentSessionLifetime="
        + paymentSessionLifetime
        + "]";
  }

  private static void requireHttpUrl(URI url, String name) {
    String scheme = url.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || url.getHost() == null) {
      throw new IllegalArgumentException(name + " must be an absolute http(s) URL: " + url);
    }
  }

  // The message names the setting only: the value may be a secret.
  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name + " is required");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static Duration positive(Duration value, Duration fallback, String name) {
    Duration result = value == null ? fallback : value;
    if (result.isNegative() || result.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + result);
    }
    return result;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * How order lines go into {@code CustomHppDto.items}. Optty's schema declares {@code items} as a
   * list of strings, yet its documentation examples send objects {@code {itemName, sku, quantity,
   * price}}; which one the live API accepts is unverified, so it is a setting.
   */
  public enum ItemEncoding {
    /** Each line as a JSON object, as in Optty's documentation examples (the default). */
    OBJECTS,
    /** Each line as a string holding the same object serialized as JSON, as the schema declares. */
    JSON_STRINGS
  }

  /**
   * Where Optty's "Refund / Cancel Link" call lives. Optty publishes the call only as a step of its
   * Postman collection, not its method, path or body, so all of it is configuration.
   *
   * <p>UNVERIFIED default: {@code POST /custom/hpp/{invoiceNumber}/cancel-or-refund} with body
   * {@code {"invoiceNumber": "...", "reason": "..."}} and a {@code merchant}-scope token, answering
   * 2xx {@code {"invoiceNumber": "...", "status": "CANCELLED" | "REFUNDED"}}. The provider sandbox
   * serves exactly this route; check it against Optty before going live.
   *
   * @param method HTTP method with a body: POST, PUT or PATCH
   * @param pathTemplate path on the API host holding the literal {@code {invoiceNumber}}
   * @param scope OAuth scope of the token sent with the call
   */
  public record RefundOrCancelRoute(String method, String pathTemplate, String scope) {
    public static final String INVOICE_NUMBER = "{invoiceNumber}";
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
    private static final RefundOrCancelRoute DEFAULT =
        new RefundOrCancelRoute(
            "POST", "/custom/hpp/{invoiceNumber}/cancel-or-refund", OpttyScope.MERCHANT);

    public RefundOrCancelRoute {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(pathTemplate, "pathTemplate");
      Objects.requireNonNull(scope, "scope");
      method = method.toUpperCase(Locale.ROOT);
      if (!METHODS.contains(method)) {
        throw new IllegalArgumentException(
            "refund/cancel method must be one of " + METHODS + ", not " + method);
      }
      if (!pathTemplate.startsWith("/") || !pathTemplate.contains(INVOICE_NUMBER)) {
        throw new IllegalArgumentException(
            "refund/cancel path must start with / and hold "
                + INVOICE_NUMBER
                + ": "
                + pathTemplate);
      }
      if (scope.isBlank()) {
        throw new IllegalArgumentException("refund/cancel scope must not be blank");
      }
    }

    /** The UNVERIFIED default described above. */
    public static RefundOrCancelRoute defaults() {
      return DEFAULT;
    }

    String path(String encodedInvoiceNumber) {
      return pathTemplate.replace(INVOICE_NUMBER, encodedInvoiceNumber);
    }
  }
}
