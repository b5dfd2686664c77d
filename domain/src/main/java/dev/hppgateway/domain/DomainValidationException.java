package dev.hppgateway.domain;

/**
 * A value broke a domain rule. Carries the field (in the API's snake_case path form, e.g. {@code
 * order_lines[2].total_amount}) and a reason a merchant can act on, so the edge can answer 400
 * without the core knowing about HTTP or Jakarta validation.
 */
public class DomainValidationException extends RuntimeException {
  private final String field;
  private final String reason;

  public DomainValidationException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
