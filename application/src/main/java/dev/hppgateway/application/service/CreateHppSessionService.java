package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.CallbackUrl;
import dev.hppgateway.application.port.in.CreateHppSessionCommand;
import dev.hppgateway.application.port.in.CreateHppSessionResult;
import dev.hppgateway.application.port.in.CreateHppSessionUseCase;
import dev.hppgateway.application.port.in.IdempotencyConflictException;
import dev.hppgateway.application.port.out.ids.IdGenerator;
import dev.hppgateway.application.port.out.ids.SecretGenerator;
import dev.hppgateway.application.port.out.persistence.HppSessionRepository;
import dev.hppgateway.application.port.out.persistence.IdempotencyClaim;
import dev.hppgateway.application.port.out.persistence.IdempotencyStore;
import dev.hppgateway.application.port.out.persistence.TransactionRunner;
import dev.hppgateway.application.port.out.provider.CreatedProviderSession;
import dev.hppgateway.application.port.out.provider.DisablesPages;
import dev.hppgateway.application.port.out.provider.PageRequest;
import dev.hppgateway.application.port.out.provider.PageView;
import dev.hppgateway.application.port.out.provider.PaymentProvider;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppChangeSource;
import dev.hppgateway.domain.HppExpiry;
import dev.hppgateway.domain.HppSession;
import dev.hppgateway.domain.HppSessionDraft;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantUrls;
import dev.hppgateway.domain.ProviderCapabilities;
import dev.hppgateway.domain.UrlKind;
import dev.hppgateway.domain.UrlTemplate;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Creates a page: validate against the provider's capabilities, call the provider (outside any
 * transaction), then save the session, its created event and the first entry of its timeline
 * together. An Idempotency-Key makes a retried request return the first page instead of creating a
 * second one.
 */
final class CreateHppSessionService implements CreateHppSessionUseCase {
  private static final System.Logger LOG =
      System.getLogger(CreateHppSessionService.class.getName());

  /**
   * How long an unfinished claim holds its key: longer than any create takes (two provider calls
   * with their timeouts), short enough that a key claimed by an instance that died is usable again.
   */
  static final Duration CREATE_LEASE = Duration.ofMinutes(5);

  private final SessionLoader loader;
  private final HppSessionRepository sessions;
  private final IdempotencyStore idempotency;
  private final SessionEventRecorder events;
  private final TransactionRunner transactions;
  private final IdGenerator ids;
  private final SecretGenerator secrets;
  private final Clock clock;
  private final GatewaySettings settings;

  CreateHppSessionService(
      SessionLoader loader,
      HppSessionRepository sessions,
      IdempotencyStore idempotency,
      SessionEventRecorder events,
      TransactionRunner transactions,
      IdGenerator ids,
      SecretGenerator secrets,
      Clock clock,
      GatewaySettings settings) {
    this.loader = loader;
    this.sessions = sessions;
    this.idempotency = idempotency;
    this.events = events;
    this.transactions = transactions;
    this.ids = ids;
    this.secrets = secrets;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public CreateHppSessionResult create(CreateHppSessionCommand command) {
    PaymentProvider provider = loader.provider(command.provider());
    String key = command.idempotencyKey();
    if (key == null) {
      return new CreateHppSessionResult(createAt(provider, command), false);
    }
    Instant now = clock.instant();
    // This request's own token: only it may complete or release the claim it gets.
    String owner = secrets.newSecret();
    IdempotencyClaim claim =
        idempotency.claim(
            command.merchantId(), key, owner, requestHash(command), now, now.plus(CREATE_LEASE));
    if (claim instanceof IdempotencyClaim.Completed completed) {
      return new CreateHppSessionResult(
          loader.load(command.merchantId(), completed.sessionId()), true);
    }
    if (claim instanceof IdempotencyClaim.InProgress) {
      throw new IdempotencyConflictException(true);
    }
    if (claim instanceof IdempotencyClaim.Mismatch) {
      throw new IdempotencyConflictException(false);
    }
    HppSession session;
    try {
      session = createAt(provider, command);
    } catch (RuntimeException e) {
      // Even when the provider may have made a page (a timeout), the merchant never got its link
      // (links are only handed out from here, and Optty is told not to email the shopper), so a
      // retry that makes a second page cannot be paid twice; the unseen page simply expires.
      if (!idempotency.release(command.merchantId(), key, owner)) {
        // Our lease lapsed and another request holds the key now: it is not ours to free.
        LOG.log(Level.WARNING, "create outlasted its idempotency lease and failed: {0}", e);
      }
      throw e;
    }
    if (!idempotency.complete(
        command.merchantId(),
        key,
        owner,
        session.id(),
        clock.instant().plus(settings.idempotencyTtl()))) {
      // Our lease lapsed and another request took the key over: the key keeps answering with that
      // request's page; ours is returned to this caller only.
      LOG.log(
          Level.WARNING,
          "create outlasted its idempotency lease; {0} is not recorded for the key",
          session.id());
    }
    return new CreateHppSessionResult(session, false);
  }

  private HppSession createAt(PaymentProvider provider, CreateHppSessionCommand command) {
    ProviderCapabilities capabilities = provider.capabilities();
    if (command.merchantUrls().get(UrlKind.STATUS_UPDATE).isPresent()) {
      throw new DomainValidationException(
          MerchantUrls.fieldOf(UrlKind.STATUS_UPDATE),
          "is set by the gateway; merchants are told of status changes by signed webhooks");
    }
    Instant now = clock.instant();
    HppSessionId id = ids.newSessionId();
    String secret = secrets.newSecret();
    HppSessionDraft merchantDraft =
        new HppSessionDraft(
            id,
            command.merchantId(),
            command.provider(),
            command.merchantReference(),
            command.order(),
            command.merchantUrls(),
            command.options(),
            command.shopper(),
            HppExpiry.pageExpiry(now, capabilities.pageLifetime(), command.requestedExpiry()),
            CallbackSecrets.hash(secret));
    merchantDraft.validateFor(capabilities);
    HppSessionDraft draft =
        capabilities.urlKinds().contains(UrlKind.STATUS_UPDATE)
            ? withCallback(merchantDraft, secret)
            : merchantDraft;

    CreatedProviderSession created = provider.createPage(PageRequest.of(draft));
    // Opened from the merchant's draft: the callback URL holds the secret, of which only the hash
    // is kept.
    HppSession.Opened opened =
        HppSession.open(
            merchantDraft,
            created.refs(),
            created.links(),
            created.rawStatus(),
            created.expiresAt(),
            clock.instant());
    try {
      transactions.inTransaction(
          () -> {
            sessions.insert(opened.session());
            events.record(opened.session(), null, List.of(opened.event()), HppChangeSource.API);
            return null;
          });
    } catch (RuntimeException e) {
      disableOrphan(provider, opened.session(), e);
      throw e;
    }
    return opened.session();
  }

  private HppSessionDraft withCallback(HppSessionDraft draft, String secret) {
    String url =
        CallbackUrl.forPage(draft.providerId(), draft.id(), secret).on(settings.publicBaseUrl());
    MerchantUrls urls =
        draft
            .merchantUrls()
            .withStatusUpdate(UrlTemplate.parse(url, MerchantUrls.fieldOf(UrlKind.STATUS_UPDATE)));
    return new HppSessionDraft(
        draft.id(),
        draft.merchantId(),
        draft.providerId(),
        draft.merchantReference(),
        draft.order(),
        urls,
        draft.options(),
        draft.shopper(),
        draft.expiresAt(),
        draft.callbackSecretHash());
  }

  /** The provider made a page we could not save: turn it off so no shopper pays an unknown page. */
  private static void disableOrphan(
      PaymentProvider provider, HppSession session, RuntimeException cause) {
    LOG.log(
        Level.ERROR,
        "could not save {0} after the provider created it: {1}",
        session.id(),
        cause.toString());
    if (!(provider instanceof DisablesPages disabler)) {
      return;
    }
    try {
      disabler.disablePage(PageView.of(session));
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR,
          "could not disable orphan page {0} at {1}: {2}",
          session.providerRefs().hppSessionId(),
          provider.id(),
          e.getMessage());
    }
  }

  static String requestHash(CreateHppSessionCommand command) {
    return CreateRequestFingerprint.of(command);
  }
}
