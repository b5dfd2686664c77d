package dev.hppgateway.bootstrap.hostile;

import dev.hppgateway.bootstrap.hostile.HostileJson.Raw;
import java.util.List;

/** The catalogue of hostile JSON values the properties and examples put into create bodies. */
final class HostileValues {
  private HostileValues() {}

  /** A JSON value of each type, to put where another type belongs. */
  static final List<Raw> WRONG_TYPES =
      raws(
          "\"x\"",
          "\"\"",
          "true",
          "false",
          "null",
          "[]",
          "{}",
          "[1]",
          "{\"a\":1}",
          "0",
          "\"10000\"");

  /** Numbers at and past every edge: beyond long, 1e400, -0, 1.5, exponents, huge digit runs. */
  static final List<Raw> EXTREME_NUMBERS =
      raws(
          "-1",
          "-0",
          "-0.0",
          "0.0",
          "1.5",
          "-1.5",
          "1e2",
          "1E400",
          "1e400",
          "-1e400",
          "1e-400",
          "4.9e-324",
          "2147483647",
          "2147483648",
          "-2147483649",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775808",
          "-9223372036854775809",
          "18446744073709551616",
          "99999999999999999999999999999999999999999999",
          "1" + "0".repeat(999),
          "1" + "0".repeat(1200),
          "0." + "0".repeat(1200) + "1");

  /** Unicode edge cases: lone surrogates, NUL, RTL override, emoji, combining marks, BOM. */
  static final List<String> UNICODE =
      List.of(
          "\ud800",
          "\udfff",
          "ref-\ud83d",
          "ref-\ude00-x",
          "\u0000",
          "ref\u0000x",
          "\u202eevil\u202c",
          "\u200f\u05d0\u05d1\u05d2",
          "\ud83d\ude00\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
          "e" + "\u0301".repeat(50),
          "Z\u0351\u0364\u0300\u0325\u0353",
          "\ufeffref",
          "\u200b",
          "\u2028\u2029",
          "\uffff\ufffe",
          "\u0007\u001b[31m",
          " ");

  /** Placeholder injection, SQL-looking and path-looking text. */
  static final List<String> INJECTIONS =
      List.of(
          "{{session_id}}",
          "{{authorization_token}}",
          "{{order_id}}",
          "{{",
          "}}",
          "{{unknown}}",
          "{{session_id",
          "{{{{session_id}}}}",
          "https://evil.example/{{session_id}}",
          "'; DROP TABLE hpp_sessions; --",
          "\" OR \"1\"=\"1",
          "1' OR '1'='1' /*",
          "%00%0d%0aSet-Cookie: x=y",
          "../../../../etc/passwd",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1/x}",
          "#{7*7}");

  private static List<Raw> raws(String... json) {
    return java.util.Arrays.stream(json).map(Raw::new).toList();
  }
}
