package dev.hppgateway.bootstrap.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses a webhook must never be sent to (server-side request forgery): the gateway's own
 * host, its network and the cloud's metadata service. An IPv4 address carried inside an IPv6 one
 * (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code
 * 64:ff9b::/96}, 6to4 {@code 2002::/16}) is judged as that IPv4 address.
 */
final class WebhookAddresses {
  static final String LOOPBACK = "loopback";

  private WebhookAddresses() {}

  /**
   * Why {@code address} is forbidden: {@code "loopback"}, {@code "private"}, {@code "link-local"},
   * {@code "multicast"}, {@code "cloud metadata"}, {@code "unspecified"} or {@code "broadcast"};
   * null when it is a public address.
   */
  static String forbidden(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      byte[] embedded = embeddedIpv4(b);
      if (embedded != null) {
        return forbiddenIpv4(embedded);
      }
      return forbiddenIpv6(b);
    }
    return forbiddenIpv4(((Inet4Address) address).getAddress());
  }

  private static String forbiddenIpv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    int a2 = b[2] & 0xff;
    int a3 = b[3] & 0xff;
    if (a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254) {
      return "cloud metadata";
    }
    if (a0 == 0) {
      return "unspecified";
    }
    if (a0 == 127) {
      return LOOPBACK;
    }
    if (a0 == 10
        || (a0 == 172 && a1 >= 16 && a1 <= 31)
        || (a0 == 192 && a1 == 168)
        || (a0 == 100 && a1 >= 64 && a1 <= 127)) {
      return "private";
    }
    if (a0 == 169 && a1 == 254) {
      return "link-local";
    }
    if (a0 >= 224 && a0 <= 239) {
      return "multicast";
    }
    if (a0 == 255 && a1 == 255 && a2 == 255 && a3 == 255) {
      return "broadcast";
    }
    return null;
  }

  private static String forbiddenIpv6(byte[] b) {
    // fd00:ec2::254, the AWS metadata service over IPv6.
    if (equalsIpv6(b, "fd00:ec2::254")) {
      return "cloud metadata";
    }
    boolean zeroUpTo15 = true;
    for (int i = 0; i < 15; i++) {
      zeroUpTo15 &= b[i] == 0;
    }
    if (zeroUpTo15 && b[15] == 0) {
      return "unspecified";
    }
    if (zeroUpTo15 && b[15] == 1) {
      return LOOPBACK;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0xff) {
      return "multicast";
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) {
      return "link-local";
    }
    // Unique local fc00::/7 and the deprecated site-local fec0::/10.
    if ((first & 0xfe) == 0xfc || (first == 0xfe && (second & 0xc0) == 0xc0)) {
      return "private";
    }
    return null;
  }

  /** The IPv4 address inside an IPv6 one, or null. */
  private static byte[] embeddedIpv4(byte[] b) {
    boolean firstTenZero = true;
    for (int i = 0; i < 10; i++) {
      firstTenZero &= b[i] == 0;
    }
    boolean mapped = firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible =
        firstTenZero && b[10] == 0 && b[11] == 0 && ((b[12] | b[13]) != 0 || (b[14] & 0xff) > 1);
    if (mapped || compatible) {
      return new byte[] {b[12], b[13], b[14], b[15]};
    }
    boolean nat64 =
        (b[0] & 0xff) == 0x00
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b;
    for (int i = 4; i < 12 && nat64; i++) {
      nat64 = b[i] == 0;
    }
    if (nat64) {
      return new byte[] {b[12], b[13], b[14], b[15]};
    }
    if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
      return new byte[] {b[2], b[3], b[4], b[5]};
    }
    return null;
  }

  private static boolean equalsIpv6(byte[] b, String literal) {
    try {
      return java.util.Arrays.equals(b, InetAddress.getByName(literal).getAddress());
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
