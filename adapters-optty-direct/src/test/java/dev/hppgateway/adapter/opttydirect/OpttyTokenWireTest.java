package dev.hppgateway.adapter.opttydirect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.ProviderMalformedAnswerException;
import dev.hppgateway.application.port.out.provider.ProviderRejectedException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OAuth client-credentials exchange: request shape, scopes, caching, renewal, 401 retry. */
class OpttyTokenWireTest extends OpttyWireTest {

  @BeforeEach
  void stubOrder() {
    wm.stubFor(get(urlEqualTo("/orders/inv-1")).willReturn(okJson("{\"status\":\"PENDING\"}")));
  }

  @Test
  void tokenRequestIsFormEncodedClientCredentialsWithTheCallsScope() {
    OpttyStubs.tokens(wm);

    provider.readPage(PageView.of(OpttyDrafts.session("inv-1")));

    List<LoggedRequest> tokenRequests = wm.findAll(postRequestedFor(urlEqualTo("/token")));
    assertThat(tokenRequests).hasSize(1);
    LoggedRequest request = tokenRequests.get(0);
    assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(request.getBodyAsString())
        .isEqualTo(
            "client_id=client-123&client_secret="
                + OpttyStubs.ENCODED_SECRET
                + "&grant_type=client_credentials&scope=api-user");
    assertThat(request.getHeader("Authorization")).isNull();
    wm.verify(
        getRequestedFor(urlEqualTo("/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-api-user-1")));
  }

  @Test
  void eachScopeHasItsOwnCachedToken() {
    OpttyStubs.tokens(wm);
    wm.stubFor(
        post(urlEqualTo("/custom/hpp"))
            .willReturn(
                okJson(
                    "{\"message\":\"ok\",\"link\":\"https://pay.example/l\",\"id\":\"l-1\",\"QRCodeImgUrl\":\"https://qr.example/l\"}")));

    provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_a")));
    provider.createPage(PageRequest.of(OpttyDrafts.sek("hpp_b")));
    provider.readPage(PageView.of(OpttyDrafts.session("inv-1")));
    provider.readPage(PageView.of(OpttyDrafts.session("inv-1")));

    assertThat(tokenScopes()).containsExactly("scope=merchant", "scope=api-user");
    wm.verify(
        2,
        postRequestedFor(urlEqualTo("/custom/hpp"))
            .withHeader("Authorization", equalTo("Bearer tok-merchant-1")));
    wm.verify(
        2,
        getRequestedFor(urlEqualTo("/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-api-user-1")));
  }

  @Test
  void tokenIsRenewedTenMinutesBeforeItExpires() {
    OpttyStubs.token(wm, "api-user", "tok-api-user-1", 3600);
    HppSession session = OpttyDrafts.session("inv-1");
    provider.readPage(PageView.of(session));

    clock.advance(Duration.ofMinutes(49).plusSeconds(59));
    provider.readPage(PageView.of(session));
    assertThat(tokenScopes()).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    OpttyStubs.token(wm, "api-user", "tok-api-user-2", 3600);
    provider.readPage(PageView.of(session));

    assertThat(tokenScopes()).hasSize(2);
    wm.verify(
        getRequestedFor(urlEqualTo("/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-api-user-2")));
  }

  @Test
  void a401ThenSuccessIsTransparentToTheCaller() {
    wm.stubFor(
        post(urlEqualTo("/token"))
            .inScenario("rotation")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(token("tok-old")))
            .willSetStateTo("rotated"));
    wm.stubFor(
        post(urlEqualTo("/token"))
            .inScenario("rotation")
            .whenScenarioStateIs("rotated")
            .willReturn(okJson(token("tok-new"))));
    wm.stubFor(
        get(urlEqualTo("/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-old"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"statusCode\":401,\"message\":\"Unauthorized\"}")));
    wm.stubFor(
        get(urlEqualTo("/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-new"))
            .willReturn(okJson("{\"status\":\"SUCCESSFUL\"}")));

    assertThat(provider.readPage(PageView.of(OpttyDrafts.session("inv-1"))).normalized())
        .isEqualTo(HppStatus.COMPLETED);
    assertThat(tokenScopes()).hasSize(2);
    wm.verify(2, getRequestedFor(urlEqualTo("/orders/inv-1")));
  }

  @Test
  void aSecond401IsARejectionAfterExactlyOneRetry() {
    OpttyStubs.tokens(wm);
    wm.stubFor(
        get(urlEqualTo("/orders/inv-1"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"statusCode\":401,\"message\":\"Unauthorized\",\"error\":\"Unauthorized\"}")));

    assertThatThrownBy(() -> provider.readPage(PageView.of(OpttyDrafts.session("inv-1"))))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(401);
              assertThat(e.messages()).containsExactly("Unauthorized");
            });
    assertThat(tokenScopes()).hasSize(2);
    wm.verify(2, getRequestedFor(urlEqualTo("/orders/inv-1")));
  }

  @Test
  void concurrentCallersShareOneTokenRequest() throws Exception {
    wm.stubFor(
        post(urlEqualTo("/token")).willReturn(okJson(token("tok-shared")).withFixedDelay(200)));
    HppSession session = OpttyDrafts.session("inv-1");
    int threads = 6;

    assertThat(concurrentReads(session, threads))
        .hasSize(threads)
        .containsOnly(HppStatus.IN_PROGRESS);
    assertThat(tokenScopes()).hasSize(1);
    wm.verify(
        threads,
        getRequestedFor(urlEqualTo("/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-shared")));
  }

  @Test
  void concurrent401sShareOneRenewal() throws Exception {
    wm.stubFor(
        post(urlEqualTo("/token"))
            .inScenario("rotation")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(token("tok-old")))
            .willSetStateTo("rotated"));
    wm.stubFor(
        post(urlEqualTo("/token"))
            .inScenario("rotation")
            .whenScenarioStateIs("rotated")
            .willReturn(okJson(token("tok-new")).withFixedDelay(200)));
    wm.stubFor(get(urlEqualTo("/orders/inv-1")).willReturn(okJson("{\"status\":\"PENDING\"}")));
    HppSession session = OpttyDrafts.session("inv-1");
    provider.readPage(PageView.of(session)); // caches tok-old
    // Optty revokes tok-old: every caller holding it meets a 401 at about the same time.
    wm.stubFor(
        get(urlEqualTo("/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-old"))
            .willReturn(aResponse().withStatus(401)));
    wm.resetRequests();

    assertThat(concurrentReads(session, 6)).containsOnly(HppStatus.IN_PROGRESS);
    assertThat(tokenScopes()).hasSize(1);
    wm.verify(
        6,
        getRequestedFor(urlEqualTo("/orders/inv-1"))
            .withHeader("Authorization", equalTo("Bearer tok-new")));
  }

  private List<HppStatus> concurrentReads(HppSession session, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HppStatus>> futures = new ArrayList<>();
    List<HppStatus> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return provider.readPage(PageView.of(session)).normalized();
                }));
      }
      start.countDown();
      for (Future<HppStatus> future : futures) {
        results.add(future.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  @Test
  void rejectedCredentialsAreARejection() {
    wm.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"statusCode\":401,\"message\":\"Invalid client credentials\",\"error\":\"Unauthorized\"}")));

    assertThatThrownBy(() -> provider.readPage(PageView.of(OpttyDrafts.session("inv-1"))))
        .isInstanceOfSatisfying(
            ProviderRejectedException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(401);
              assertThat(e.errorCode()).isEqualTo("Unauthorized");
              assertThat(e.messages()).containsExactly("Invalid client credentials");
            });
    wm.verify(0, getRequestedFor(urlEqualTo("/orders/inv-1")));
  }

  @Test
  void tokenAnswerWithoutAccessTokenIsMalformed() {
    wm.stubFor(
        post(urlEqualTo("/token"))
            .willReturn(okJson("{\"expires_in\":86400,\"token_type\":\"Bearer\"}")));

    assertThatThrownBy(() -> provider.readPage(PageView.of(OpttyDrafts.session("inv-1"))))
        .isInstanceOf(ProviderMalformedAnswerException.class)
        .hasMessageContaining("access_token");
  }

  private static String token(String value) {
    return "{\"access_token\":\""
        + value
        + "\",\"expires_in\":86400,\"token_type\":\"Bearer\",\"scope\":\"api-user\"}";
  }

  private List<String> tokenScopes() {
    return wm.findAll(postRequestedFor(urlEqualTo("/token"))).stream()
        .map(r -> r.getBodyAsString().replaceAll(".*&", ""))
        .toList();
  }
}
