package dev.hppgateway.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.RefundOrCancelCommand.Kind;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.Money;
import java.util.Currency;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A merchant's refund or cancel as the API takes it: a reason of at most 255 characters, a cancel
 * without amount or currency, a positive amount, and the amount read in the page's currency unless
 * another is named.
 */
class RefundOrCancelCommandTest {
  private static final HppSessionId PAGE = HppSessionId.of("hpp_1");
  private static final Currency SEK = Currency.getInstance("SEK");

  @Test
  void aReasonIsAtMost255Characters() {
    accepted(() -> command(Kind.REFUND, "r".repeat(255), null, null));
    refused(
        () -> command(Kind.REFUND, "r".repeat(256), null, null),
        "reason",
        "must be at most 255 characters");
  }

  @Test
  void aCancelTakesNoAmountNorCurrency() {
    accepted(() -> command(Kind.CANCEL, null, null, null));
    refused(() -> command(Kind.CANCEL, null, 100L, null), "amount", "a cancel takes no amount");
    refused(
        () -> command(Kind.CANCEL, null, null, "SEK"), "currency", "a cancel takes no currency");
  }

  @Test
  void anAmountIsPositive() {
    accepted(() -> command(Kind.REFUND, null, 1L, null));
    refused(() -> command(Kind.REFUND, null, 0L, null), "amount", "must be greater than zero");
  }

  @Test
  void aCurrencyMustBeACurrency() {
    refused(
        () -> command(Kind.REFUND, null, 100L, "sek"),
        "currency",
        "must be an ISO 4217 code like EUR");
  }

  @Test
  void theAmountIsInThePagesCurrencyUnlessAnotherIsNamed() {
    assertThat(command(Kind.REFUND, null, null, null).amountIn(SEK)).isNull();
    assertThat(command(Kind.REFUND, null, 500L, null).amountIn(SEK))
        .isEqualTo(Money.of(500, "SEK"));
    assertThat(command(Kind.REFUND, null, 500L, "EUR").amountIn(SEK))
        .isEqualTo(Money.of(500, "EUR"));
    // Only the page's currency: all that remains.
    assertThat(command(Kind.REFUND, null, null, "SEK").amountIn(SEK)).isNull();
    refused(
        () -> command(Kind.REFUND, null, null, "EUR").amountIn(SEK),
        "currency",
        "must be the page's currency SEK");
  }

  private static RefundOrCancelCommand command(
      Kind kind, String reason, Long amount, String currency) {
    return new RefundOrCancelCommand(
        TestHppSessions.MERCHANT, PAGE, kind, reason, amount, currency);
  }

  private static void accepted(ThrowingCallable create) {
    assertThatCode(create).doesNotThrowAnyException();
  }

  private static void refused(ThrowingCallable create, String field, String reason) {
    assertThatThrownBy(create)
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).isEqualTo(reason);
            });
  }
}
