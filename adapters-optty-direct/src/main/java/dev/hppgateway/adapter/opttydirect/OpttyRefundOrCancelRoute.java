package dev.hppgateway.adapter.opttydirect;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
public record OpttyRefundOrCancelRoute(String method, String pathTemplate, String scope) {
  public static final String INVOICE_NUMBER = "{invoiceNumber}";
  private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
  private static final OpttyRefundOrCancelRoute DEFAULT =
      new OpttyRefundOrCancelRoute("POST", "/custom/hpp/{invoiceNumber}/cancel-or-refund", OpttyScope.MERCHANT);

  public OpttyRefundOrCancelRoute {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    Objects.requireNonNull(scope, "scope");
    method = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("refund/cancel method must be one of " + METHODS + ", not " + method);
    }
    if (!pathTemplate.startsWith("/") || !pathTemplate.contains(INVOICE_NUMBER)) {
      throw new IllegalArgumentException(
          "refund/cancel path must start with / and hold " + INVOICE_NUMBER + ": " + pathTemplate);
    }
    if (scope.isBlank()) {
      throw new IllegalArgumentException("refund/cancel scope must not be blank");
    }
  }

  /** The UNVERIFIED default described above. */
  public static OpttyRefundOrCancelRoute defaults() {
    return DEFAULT;
  }

  String path(String encodedInvoiceNumber) {
    return pathTemplate.replace(INVOICE_NUMBER, encodedInvoiceNumber);
  }
}
