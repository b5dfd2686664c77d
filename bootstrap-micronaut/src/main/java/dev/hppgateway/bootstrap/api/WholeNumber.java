package dev.hppgateway.bootstrap.api;

import dev.hppgateway.domain.DomainValidationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;

/**
 * A money or quantity field of a merchant API body, as sent: the one way the API reads numbers.
 * {@link Strict} reads the field as any JSON value, so the JSON reader's lenient readings (a
 * string, a one-element array, a truncated decimal, a boolean) cannot move money: only a JSON
 * integer token is a number. {@link #toLong} and {@link #toInt} answer it, or a {@link
 * DomainValidationException} naming the field (a 400 naming it) when it is another JSON value or
 * does not fit the type. JSON {@code null} and an absent field are both {@code null}, never a
 * {@code WholeNumber}.
 */
public final class WholeNumber {
  /** The field error of any value that is not a JSON whole number fitting the field's type. */
  public static final String NOT_A_WHOLE_NUMBER = "must be a JSON whole number";

  private final @Nullable BigInteger value;

  private WholeNumber(@Nullable BigInteger value) {
    this.value = value;
  }

  /**
   * The value of a JSON value as read: a whole number when it was a JSON integer token.
   *
   * @param json what the decoder read, e.g. {@code Integer}, {@code Long}, {@code BigInteger}, or
   *     {@code String}, {@code Double}, {@code List}, {@code Map}, {@code Boolean} for other values
   * @return a whole number, or one that is not ({@link #toLong} and {@link #toInt} refuse it)
   */
  static WholeNumber read(Object json) {
    if (json instanceof Integer
        || json instanceof Long
        || json instanceof Short
        || json instanceof Byte) {
      return new WholeNumber(BigInteger.valueOf(((Number) json).longValue()));
    }
    if (json instanceof BigInteger big) {
      return new WholeNumber(big);
    }
    return new WholeNumber(null);
  }

  /**
   * The value as a long, null when absent.
   *
   * @param number the field's value, null when absent or JSON null
   * @param field the field's path in the request, e.g. {@code order_lines[0].unit_price}
   * @return the value, or null
   * @throws DomainValidationException naming {@code field} unless it is a JSON whole number that
   *     fits a long
   */
  public static @Nullable Long toLong(@Nullable WholeNumber number, String field) {
    if (number == null) {
      return null;
    }
    if (number.value == null || number.value.bitLength() >= Long.SIZE) {
      throw new DomainValidationException(field, NOT_A_WHOLE_NUMBER + " from -2^63 to 2^63-1");
    }
    return number.value.longValue();
  }

  /**
   * The value as an int, null when absent.
   *
   * @param number the field's value, null when absent or JSON null
   * @param field the field's path in the request, e.g. {@code order_lines[0].tax_rate}
   * @return the value, or null
   * @throws DomainValidationException naming {@code field} unless it is a JSON whole number that
   *     fits an int
   */
  public static @Nullable Integer toInt(@Nullable WholeNumber number, String field) {
    if (number == null) {
      return null;
    }
    if (number.value == null || number.value.bitLength() >= Integer.SIZE) {
      throw new DomainValidationException(field, NOT_A_WHOLE_NUMBER + " from -2^31 to 2^31-1");
    }
    return number.value.intValue();
  }

  @Override
  public String toString() {
    return value == null ? "(not a whole number)" : value.toString();
  }

  /**
   * Reads any JSON value into a {@link WholeNumber}; never fails on a well-formed value, so the
   * controller, which knows the field's path, is the one to refuse it.
   */
  @Singleton
  public static final class Strict implements Deserializer<WholeNumber> {
    @Override
    public WholeNumber deserialize(
        Decoder decoder, DecoderContext context, Argument<? super WholeNumber> type)
        throws IOException {
      return read(decoder.decodeArbitrary());
    }

    @Override
    public @Nullable WholeNumber deserializeNullable(
        Decoder decoder, DecoderContext context, Argument<? super WholeNumber> type)
        throws IOException {
      return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
  }
}
