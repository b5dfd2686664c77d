package dev.hppgateway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin API (faults, clock, Optty merchants) answers loopback clients only. */
class LoopbackOnlyFilterTest {

  @Test
  void onlyALoopbackRemoteAddressIsAllowed() throws Exception {
    assertThat(LoopbackOnlyFilter.allowed(new InetSocketAddress("127.0.0.1", 40000))).isTrue();
    assertThat(LoopbackOnlyFilter.allowed(new InetSocketAddress("127.1.2.3", 40000))).isTrue();
    assertThat(LoopbackOnlyFilter.allowed(new InetSocketAddress("::1", 40000))).isTrue();

    InetAddress remote = InetAddress.getByAddress(new byte[] {(byte) 203, 0, 113, 9});
    assertThat(LoopbackOnlyFilter.allowed(new InetSocketAddress(remote, 40000))).isFalse();
    assertThat(LoopbackOnlyFilter.allowed(new InetSocketAddress("192.0.2.2", 40000))).isFalse();
    assertThat(LoopbackOnlyFilter.allowed(new InetSocketAddress("fd00::2", 40000))).isFalse();
    assertThat(LoopbackOnlyFilter.allowed(InetSocketAddress.createUnresolved("localhost", 40000)))
        .isFalse();
    assertThat(LoopbackOnlyFilter.allowed(null)).isFalse();
  }

  @Test
  void aLoopbackClientStillReachesTheAdminApi() {
    SandboxServer sandbox = SharedSandbox.get();
    assertThat(Http.get(sandbox.baseUrl() + "/sandbox/admin/faults").status()).isEqualTo(200);
    assertThat(
            Http.putJson(
                    sandbox.baseUrl() + "/sandbox/admin/optty/merchants/loopback-client",
                    "{\"paymentSecret\":\"s\"}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void aClientOnAnotherAddressIsRefusedTheAdminApiButNotTheProviders() throws Exception {
    Optional<InetAddress> own = ownNonLoopbackAddress();
    assumeTrue(own.isPresent(), "this machine has no non-loopback IPv4 address");
    try (SandboxServer sandbox =
        SandboxServer.start(0, Map.of("micronaut.server.host", "0.0.0.0"))) {
      String remote = "http://" + own.get().getHostAddress() + ":" + sandbox.port();
      Http.Answer faults = Http.get(remote + "/sandbox/admin/faults");
      assertThat(faults.status()).isEqualTo(403);
      assertThat(faults.body()).isEqualTo(LoopbackOnlyFilter.REFUSED);
      assertThat(
              Http.putJson(remote + "/sandbox/admin/faults/klarna", "{\"errorRate\":1.0}").status())
          .isEqualTo(403);
      assertThat(Http.delete(remote + "/sandbox/admin/clock").status()).isEqualTo(403);
      assertThat(
              Http.putJson(remote + "/sandbox/admin/optty/merchants/x", "{\"paymentSecret\":\"s\"}")
                  .status())
          .isEqualTo(403);
      // the provider APIs are not the admin API: a merchant on another host reaches them, and
      // the refused PUT set no fault (the call is answered by the simulator, not a 500)
      assertThat(
              Http.postJson(
                      remote + "/sandbox/klarna/payments/v1/sessions",
                      "{}",
                      "Authorization",
                      Http.BASIC)
                  .status())
          .isEqualTo(400);
      // and the same server still answers its admin API over loopback
      assertThat(Http.get("http://127.0.0.1:" + sandbox.port() + "/sandbox/admin/faults").status())
          .isEqualTo(200);
    }
  }

  private static Optional<InetAddress> ownNonLoopbackAddress() throws SocketException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }
}
