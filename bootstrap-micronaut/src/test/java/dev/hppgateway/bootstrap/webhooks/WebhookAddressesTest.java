package dev.hppgateway.bootstrap.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressesTest {

  private static InetAddress ip(String literal) throws UnknownHostException {
    // A literal is parsed, never looked up.
    return InetAddress.getByName(literal);
  }

  /** IPv6 as its 16 raw bytes: no conversion of mapped forms by the parser. */
  private static InetAddress v6(String literal) throws UnknownHostException {
    return java.net.Inet6Address.getByAddress(
        null,
        ip(literal).getAddress().length == 16
            ? ip(literal).getAddress()
            : mapped(ip(literal).getAddress()),
        null);
  }

  private static byte[] mapped(byte[] v4) {
    byte[] out = new byte[16];
    out[10] = (byte) 0xff;
    out[11] = (byte) 0xff;
    System.arraycopy(v4, 0, out, 12, 4);
    return out;
  }

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, loopback",
    "127.255.0.9, loopback",
    "::1, loopback",
    "10.1.2.3, private",
    "172.16.0.1, private",
    "172.31.255.255, private",
    "192.168.1.1, private",
    "100.64.0.1, private",
    "fc00::1, private",
    "fd12:3456::1, private",
    "fec0::1, private",
    "169.254.1.1, link-local",
    "fe80::1, link-local",
    "224.0.0.1, multicast",
    "239.255.255.250, multicast",
    "ff02::1, multicast",
    "169.254.169.254, cloud metadata",
    "fd00:ec2::254, cloud metadata",
    "0.0.0.0, unspecified",
    "::, unspecified",
    "0.1.2.3, unspecified",
    "255.255.255.255, broadcast",
  })
  void forbiddenAddressesAreNamed(String literal, String reason) throws UnknownHostException {
    assertThat(WebhookAddresses.forbidden(ip(literal))).isEqualTo(reason);
  }

  @ParameterizedTest
  @CsvSource({
    "::ffff:127.0.0.1, loopback",
    "::ffff:10.0.0.1, private",
    "::ffff:169.254.169.254, cloud metadata",
    "::ffff:192.168.0.1, private",
    "::127.0.0.1, loopback",
    "64:ff9b::a9fe:a9fe, cloud metadata",
    "64:ff9b::0a00:0001, private",
    "2002:7f00:0001::1, loopback",
    "2002:c0a8:0101::1, private",
  })
  void ipv4InsideIpv6IsJudgedAsTheIpv4It(String literal, String reason) throws Exception {
    assertThat(WebhookAddresses.forbidden(v6(literal))).isEqualTo(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "172.15.255.255",
        "172.32.0.1",
        "100.63.255.255",
        "100.128.0.1",
        "169.253.255.255",
        "2606:2800:220:1:248:1893:25c8:1946",
        "2001:4860:4860::8888",
        "::ffff:93.184.216.34",
        "64:ff9b::808:808"
      })
  void publicAddressesAreAllowed(String literal) throws Exception {
    InetAddress address = literal.contains(":") ? v6(literal) : ip(literal);
    assertThat(WebhookAddresses.forbidden(address)).isNull();
  }
}
