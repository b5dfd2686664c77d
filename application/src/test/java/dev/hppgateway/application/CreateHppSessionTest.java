package dev.hppgateway.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.adapter.inmemory.InMemoryIdempotencyStore;
import dev.hppgateway.application.fixtures.TestHppSessions;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.CreateHppSessionResult;
import dev.hppgateway.application.port.in.HppSessionQuery;
import dev.hppgateway.application.port.in.IdempotencyConflictException;
import dev.hppgateway.application.port.in.UnknownProviderException;
import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.provider.ProviderUnavailableException;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.HppStatus;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.PageOptions;
import dev.hppgateway.domain.ProviderId;
import dev.hppgateway.domain.UrlKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateHppSessionTest {
  /** CreateHppSessionService's lease of an unfinished claim. */
  private static final Duration CREATE_LEASE = Duration.ofMinutes(5);

  private final GatewayTestBed bed = new GatewayTestBed();

  @Test
  void createsAWaitingPageWithTheProvidersLinksAndACreatedEvent() {
    HppSession session = bed.create();
    assertThat(session.status()).isEqualTo(HppStatus.WAITING);
    assertThat(session.links().redirectUrl())
        .isEqualTo("https://pay.invalid/" + session.providerRefs().hppSessionId());
    assertThat(session.expiresAt()).isEqualTo(TestHppSessions.NOW.plus(Duration.ofHours(47)));
    assertThat(bed.gateway.getHppSession().get(TestHppSessions.MERCHANT, session.id()).status())
        .isEqualTo(HppStatus.WAITING);
    assertThat(bed.outboxTypes()).containsExactly("hpp_session.created");
    assertThat(bed.outbox.all().get(0).payload())
        .contains("\"id\":\"" + bed.outbox.all().get(0).eventId() + "\"")
        .contains("\"amount\":24900")
        .contains("\"currency\":\"SEK\"")
        .contains("\"status\":\"WAITING\"");
  }

  @Test
  void providerIsToldToCallTheGatewayBackWithAPerSessionSecret() {
    HppSession session = bed.create();
    MerchantUrls sent = bed.pay.draftOf(session.providerRefs().hppSessionId()).merchantUrls();
    String callback = sent.get(UrlKind.STATUS_UPDATE).orElseThrow().raw();
    assertThat(callback)
        .startsWith("https://gw.example/callbacks/fake-pay/" + session.id().value() + "/");
    String secret = bed.callbackSecret(session);
    assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
    assertThat(session.callbackSecretHash()).isNotEqualTo(secret).hasSize(64);
    // Only the hash is kept: the stored page does not carry the URL with the secret.
    HppSession stored = bed.gateway.getHppSession().get(TestHppSessions.MERCHANT, session.id());
    assertThat(stored.merchantUrls().get(UrlKind.STATUS_UPDATE)).isEmpty();
    assertThat(stored.snapshot().toString()).doesNotContain(secret);
    assertThat(sent.get(UrlKind.SUCCESS)).isEqualTo(TestHppSessions.urls().get(UrlKind.SUCCESS));
  }

  @Test
  void providerWithoutCallbacksGetsNoStatusUpdateUrl() {
    CreateHppSessionCommand command =
        new CreateHppSessionCommand(
            TestHppSessions.MERCHANT,
            ProviderId.of("basic-pay"),
            "r",
            TestHppSessions.order(),
            null,
            null,
            null,
            null,
            null);
    HppSession session = bed.gateway.createHppSession().create(command).session();
    assertThat(bed.basic.draftOf(session.providerRefs().hppSessionId()).merchantUrls().asMap())
        .isEmpty();
  }

  @Test
  void unknownProviderIsAFieldError() {
    assertThatThrownBy(() -> bed.gateway.createHppSession().create(bed.command("nope-pay")))
        .isInstanceOfSatisfying(
            UnknownProviderException.class,
            e -> {
              assertThat(e.field()).isEqualTo("provider");
              assertThat(e.reason())
                  .contains("nope-pay")
                  .contains("basic-pay")
                  .contains("fake-pay");
            });
  }

  @Test
  void unsupportedUrlIsRejectedBeforeTheProviderIsCalled() {
    CreateHppSessionCommand command =
        new CreateHppSessionCommand(
            TestHppSessions.MERCHANT,
            ProviderId.of("basic-pay"),
            "r",
            TestHppSessions.order(),
            TestHppSessions.urls(),
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> bed.gateway.createHppSession().create(command))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> assertThat(e.reason()).isEqualTo("is not supported by provider basic-pay"));
    assertThat(bed.basic.calls()).isEmpty();
    assertThat(bed.outbox.all()).isEmpty();
  }

  @Test
  void unsupportedPlaceholderIsRejected() {
    MerchantUrls urls =
        MerchantUrls.parse(
            Map.of(UrlKind.SUCCESS, "https://shop.example/ok?t={{authorization_token}}"));
    CreateHppSessionCommand command =
        new CreateHppSessionCommand(
            TestHppSessions.MERCHANT,
            ProviderId.of("fake-pay"),
            "r",
            TestHppSessions.order(),
            urls,
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> bed.gateway.createHppSession().create(command))
        .isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("{{authorization_token}}");
    assertThat(bed.pay.calls()).isEmpty();
  }

  @Test
  void merchantCannotSetTheStatusUpdateUrl() {
    MerchantUrls urls =
        MerchantUrls.parse(Map.of(UrlKind.STATUS_UPDATE, "https://shop.example/hook"));
    CreateHppSessionCommand command =
        new CreateHppSessionCommand(
            TestHppSessions.MERCHANT,
            ProviderId.of("fake-pay"),
            "r",
            TestHppSessions.order(),
            urls,
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> bed.gateway.createHppSession().create(command))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("merchant_urls.status_update");
              assertThat(e.reason()).contains("signed webhooks");
            });
  }

  @Test
  void anOptionTheProviderDoesNotTakeIsRejectedByName() {
    PageOptions options = PageOptions.of(Map.of("place_order_mode", "CAPTURE_ORDER"));
    CreateHppSessionCommand command =
        new CreateHppSessionCommand(
            TestHppSessions.MERCHANT,
            ProviderId.of("fake-pay"),
            "r",
            TestHppSessions.order(),
            null,
            options,
            null,
            null,
            null);
    assertThatThrownBy(() -> bed.gateway.createHppSession().create(command))
        .isInstanceOfSatisfying(
            DomainValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("options.place_order_mode");
              assertThat(e.reason()).isEqualTo("is not supported by provider fake-pay");
            });
    assertThat(bed.pay.calls()).isEmpty();
  }

  @Test
  void providerFailureLeavesNothingBehind() {
    bed.pay.failNext(
        () ->
            new ProviderUnavailableException(
                ProviderId.of("fake-pay"), "HTTP 503", "c-1", null, null));
    assertThatThrownBy(
            () -> bed.gateway.createHppSession().create(bed.command("fake-pay", "key-1")))
        .isInstanceOf(ProviderUnavailableException.class);
    assertThat(bed.outbox.all()).isEmpty();
    assertThat(
            bed.gateway
                .listHppSessions()
                .list(new HppSessionQuery(TestHppSessions.MERCHANT, null, null, null, 10, null))
                .sessions())
        .isEmpty();
    // The key was released: the retry creates the page.
    CreateHppSessionResult retry =
        bed.gateway.createHppSession().create(bed.command("fake-pay", "key-1"));
    assertThat(retry.replayed()).isFalse();
    assertThat(retry.session().status()).isEqualTo(HppStatus.WAITING);
  }

  @Test
  void sameIdempotencyKeyReturnsTheFirstPage() {
    CreateHppSessionResult first =
        bed.gateway.createHppSession().create(bed.command("fake-pay", "key-7"));
    CreateHppSessionResult second =
        bed.gateway.createHppSession().create(bed.command("fake-pay", "key-7"));
    assertThat(second.replayed()).isTrue();
    assertThat(second.session().id()).isEqualTo(first.session().id());
    assertThat(bed.pay.calls()).containsExactly("create");
    assertThat(bed.outbox.all()).hasSize(1);
  }

  @Test
  void sameKeyWithAnotherRequestIsAConflict() {
    bed.gateway.createHppSession().create(bed.command("fake-pay", "key-8"));
    CreateHppSessionCommand other =
        new CreateHppSessionCommand(
            TestHppSessions.MERCHANT,
            ProviderId.of("fake-pay"),
            "another-order",
            TestHppSessions.order(),
            TestHppSessions.urls(),
            null,
            null,
            null,
            "key-8");
    assertThatThrownBy(() -> bed.gateway.createHppSession().create(other))
        .isInstanceOfSatisfying(
            IdempotencyConflictException.class, e -> assertThat(e.inProgress()).isFalse());
  }

  @Test
  void keysAreScopedPerMerchant() {
    bed.gateway.createHppSession().create(bed.command("fake-pay", "shared"));
    CreateHppSessionCommand other =
        new CreateHppSessionCommand(
            TestHppSessions.OTHER_MERCHANT,
            ProviderId.of("fake-pay"),
            "order-42",
            TestHppSessions.order(),
            TestHppSessions.urls(),
            null,
            TestHppSessions.shopper(),
            null,
            "shared");
    assertThat(bed.gateway.createHppSession().create(other).replayed()).isFalse();
  }

  @Test
  void keyLeftByACreateThatDiedIsInProgressUntilItsLeaseLapses() {
    bed.pay.failNext(
        "create",
        () -> {
          throw new StackOverflowError("the instance died mid-create");
        });
    assertThatThrownBy(
            () -> bed.gateway.createHppSession().create(bed.command("fake-pay", "key-crash")))
        .isInstanceOf(Error.class);
    assertThatThrownBy(
            () -> bed.gateway.createHppSession().create(bed.command("fake-pay", "key-crash")))
        .isInstanceOfSatisfying(
            IdempotencyConflictException.class, e -> assertThat(e.inProgress()).isTrue());
    bed.clock.advance(Duration.ofMinutes(5));
    assertThat(
            bed.gateway.createHppSession().create(bed.command("fake-pay", "key-crash")).replayed())
        .isFalse();
  }

  @Test
  void completedKeyOutlivesTheLease() {
    CreateHppSessionResult first =
        bed.gateway.createHppSession().create(bed.command("fake-pay", "key-long"));
    bed.clock.advance(Duration.ofHours(23));
    assertThat(
            bed.gateway
                .createHppSession()
                .create(bed.command("fake-pay", "key-long"))
                .session()
                .id())
        .isEqualTo(first.session().id());
  }

  @Test
  void keyExpiresAfterItsLifetime() {
    bed.gateway.createHppSession().create(bed.command("fake-pay", "key-9"));
    bed.clock.advance(Duration.ofHours(25));
    assertThat(bed.gateway.createHppSession().create(bed.command("fake-pay", "key-9")).replayed())
        .isFalse();
  }

  @Test
  void aCreateWhoseLeaseLapsedCannotFreeTheKeyAnotherRequestNowHolds() {
    // A's provider call outlasts its lease; meanwhile B claims the key and is still at work
    // (here: its instance died mid-create). Then A fails and releases.
    bed.pay.failNext(
        "create",
        () -> {
          bed.clock.advance(CREATE_LEASE);
          bed.pay.failNext(
              "create",
              () -> {
                throw new StackOverflowError("B's instance died mid-create");
              });
          assertThatThrownBy(
                  () -> bed.gateway.createHppSession().create(bed.command("fake-pay", "key-late")))
              .isInstanceOf(StackOverflowError.class);
          return new ProviderUnavailableException(
              ProviderId.of("fake-pay"), "HTTP 503", "c-1", null, null);
        });
    assertThatThrownBy(
            () -> bed.gateway.createHppSession().create(bed.command("fake-pay", "key-late")))
        .isInstanceOf(ProviderUnavailableException.class);

    assertThatThrownBy(
            () -> bed.gateway.createHppSession().create(bed.command("fake-pay", "key-late")))
        .as("C: B still holds the key")
        .isInstanceOfSatisfying(
            IdempotencyConflictException.class, e -> assertThat(e.inProgress()).isTrue());
  }

  @Test
  void aCreateWhoseLeaseLapsedCannotOverwriteTheResultOfTheRequestThatTookTheKeyOver() {
    InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
    HppSession[] fromB = new HppSession[1];
    HppGateway[] gateway = new HppGateway[1];
    IdempotencyStore lateA =
        new IdempotencyStore() {
          private boolean first = true;

          @Override
          public IdempotencyClaim claim(
              MerchantId merchant,
              String key,
              String owner,
              String requestHash,
              Instant now,
              Instant expiresAt) {
            return keys.claim(merchant, key, owner, requestHash, now, expiresAt);
          }

          @Override
          public boolean complete(
              MerchantId merchant, String key, String owner, HppSessionId result, Instant expires) {
            if (first) {
              // A saved its page, but its lease lapsed first: B took the key over and finished.
              first = false;
              bed.clock.advance(CREATE_LEASE);
              fromB[0] =
                  gateway[0]
                      .createHppSession()
                      .create(bed.command("fake-pay", "key-late"))
                      .session();
            }
            return keys.complete(merchant, key, owner, result, expires);
          }

          @Override
          public boolean release(MerchantId merchant, String key, String owner) {
            return keys.release(merchant, key, owner);
          }

          @Override
          public int deleteExpiredBefore(Instant cutoff, int batchSize) {
            return keys.deleteExpiredBefore(cutoff, batchSize);
          }
        };
    gateway[0] =
        HppGateway.builder()
            .publicBaseUrl("https://gw.example/")
            .provider(bed.pay)
            .idempotency(lateA)
            .clock(bed.clock)
            .build();

    HppSession fromA =
        gateway[0].createHppSession().create(bed.command("fake-pay", "key-late")).session();
    assertThat(fromB[0].id()).isNotEqualTo(fromA.id());

    CreateHppSessionResult fromC =
        gateway[0].createHppSession().create(bed.command("fake-pay", "key-late"));
    assertThat(fromC.replayed()).isTrue();
    assertThat(fromC.session().id()).as("the key answers with B's page").isEqualTo(fromB[0].id());
  }
}
