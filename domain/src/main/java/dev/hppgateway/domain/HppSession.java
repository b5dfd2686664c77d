package dev.hppgateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The aggregate: one hosted payment page at one provider, for one merchant payment. Its status
 * changes only through methods that ask {@link HppLifecycle} and return the events to publish.
 * Observations are idempotent, so a caller that lost an optimistic-lock race reloads and applies
 * the same observation again.
 */
public final class HppSession {
  private final HppSessionId id;
  private final MerchantId merchantId;
  private final ProviderId providerId;
  private final String merchantReference;
  private final PaymentOrder order;
  private final MerchantUrls merchantUrls;
  private final PageOptions options;
  private final Shopper shopper;
  private final ProviderRefs providerRefs;
  private final ShopperLinks links;
  private final Instant expiresAt;
  private final String callbackSecretHash;
  private final Instant createdAt;
  private HppStatus status;
  private String rawStatus;
  private String authorizationToken;
  private String orderId;
  private Instant authorizationExpiresAt;
  private PendingOrder pendingOrder;
  private Instant updatedAt;
  private long version;
  private final List<String> providerPaymentRefs = new ArrayList<>();

  /** The most provider payment references a page keeps; the oldest is dropped beyond it. */
  public static final int MAX_PROVIDER_PAYMENT_REFS = 50;

  private Instant nextCheckAt;
  private int checkAttempts;

  /** Given back so far, in minor units of the page's currency: 0 to the amount, both included. */
  private long refundedMinor;

  private int refundCount;

  private HppSession(HppSessionSnapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.merchantId = Objects.requireNonNull(s.merchantId(), "merchantId");
    this.providerId = Objects.requireNonNull(s.providerId(), "providerId");
    this.merchantReference = Require.text(s.merchantReference(), "merchant_reference", 255);
    this.order = Objects.requireNonNull(s.order(), "order");
    // The status callback URL is the gateway's own and carries the callback secret, of which only
    // the hash is kept: a page never holds it, so no store keeps it either.
    this.merchantUrls =
        Objects.requireNonNull(s.merchantUrls(), "merchantUrls").withoutStatusUpdate();
    this.options = Objects.requireNonNull(s.options(), "options");
    this.shopper = Objects.requireNonNull(s.shopper(), "shopper");
    this.status = Objects.requireNonNull(s.status(), "status");
    if (status == HppStatus.UNKNOWN) {
      throw new IllegalArgumentException("a session's normalized status is never UNKNOWN");
    }
    this.rawStatus = Require.text(s.rawStatus(), "raw_status", 255);
    this.providerRefs = Objects.requireNonNull(s.providerRefs(), "providerRefs");
    this.links = Objects.requireNonNull(s.links(), "links");
    this.expiresAt = Objects.requireNonNull(s.expiresAt(), "expiresAt");
    this.authorizationToken = s.authorizationToken();
    this.orderId = s.orderId();
    this.authorizationExpiresAt = s.authorizationExpiresAt();
    this.pendingOrder = s.pendingOrder();
    this.callbackSecretHash = s.callbackSecretHash();
    this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
    this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    this.version = s.version();
    for (String ref : s.providerPaymentRefs()) {
      Require.text(ref, "provider_payment_ref", 255);
      if (!providerPaymentRefs.contains(ref)) {
        providerPaymentRefs.add(ref);
      }
    }
    if (providerPaymentRefs.size() > MAX_PROVIDER_PAYMENT_REFS) {
      throw new IllegalArgumentException(
          "a page keeps at most " + MAX_PROVIDER_PAYMENT_REFS + " provider payment refs");
    }
    this.nextCheckAt = s.nextCheckAt();
    if (s.checkAttempts() < 0) {
      throw new IllegalArgumentException("check attempts cannot be negative");
    }
    this.checkAttempts = s.checkAttempts();
    Money amount = order.amount();
    Money refunded =
        s.refundedAmount() == null ? new Money(0, amount.currency()) : s.refundedAmount();
    if (!refunded.currency().equals(amount.currency())
        || refunded.isNegative()
        || refunded.minorUnits() > amount.minorUnits()) {
      throw new IllegalArgumentException(
          "refunded amount " + refunded + " must be from 0 to the page's amount " + amount);
    }
    if (s.refundCount() < 0) {
      throw new IllegalArgumentException("refund count cannot be negative");
    }
    // A refunded page gave everything back, whatever an older snapshot recorded.
    this.refundedMinor = status == HppStatus.REFUNDED ? amount.minorUnits() : refunded.minorUnits();
    this.refundCount = s.refundCount();
  }

  /** A page the provider has just created, with its created event. */
  public record Opened(HppSession session, HppSessionCreated event) {}

  /**
   * Opens a session from its draft and the provider's answer.
   *
   * @param providerExpiresAt the provider's own expiry, if it gave one; the earlier expiry wins
   */
  public static Opened open(
      HppSessionDraft draft,
      ProviderRefs refs,
      ShopperLinks links,
      String rawStatus,
      Instant providerExpiresAt,
      Instant now) {
    Instant expiresAt =
        providerExpiresAt != null && providerExpiresAt.isBefore(draft.expiresAt())
            ? providerExpiresAt
            : draft.expiresAt();
    HppSession session =
        new HppSession(
            new HppSessionSnapshot(
                draft.id(),
                draft.merchantId(),
                draft.providerId(),
                draft.merchantReference(),
                draft.order(),
                draft.merchantUrls(),
                draft.options(),
                draft.shopper(),
                HppStatus.WAITING,
                rawStatus == null ? "WAITING" : rawStatus,
                refs,
                links,
                expiresAt,
                null,
                null,
                draft.callbackSecretHash(),
                now,
                now,
                0));
    return new Opened(session, new HppSessionCreated(draft.id(), draft.merchantId(), now));
  }

  public static HppSession rehydrate(HppSessionSnapshot snapshot) {
    return new HppSession(snapshot);
  }

  public HppSessionSnapshot snapshot() {
    return new HppSessionSnapshot(
        id,
        merchantId,
        providerId,
        merchantReference,
        order,
        merchantUrls,
        options,
        shopper,
        status,
        rawStatus,
        providerRefs,
        links,
        expiresAt,
        authorizationToken,
        orderId,
        authorizationExpiresAt,
        pendingOrder,
        callbackSecretHash,
        createdAt,
        updatedAt,
        version,
        providerPaymentRefs,
        nextCheckAt,
        checkAttempts,
        refundedAmount(),
        refundCount);
  }

  /**
   * Applies what the provider reports when it is not known to come from a read of the provider's
   * API (an answer to a command, a report not confirmed yet). Late, repeated and out-of-order
   * reports change nothing and return no event; an unknown raw status is recorded beside the
   * unchanged normalized one. A refund seen on an open page implies the completion that was missed:
   * both are applied, in order. A page the gateway ended never reopens here; see {@link
   * #observeRead}.
   */
  public List<HppSessionEvent> observe(ProviderObservation observation, Instant now) {
    return apply(observation, false, now);
  }

  /**
   * Applies what a read of the provider's API says: as {@link #observe}, and the provider's word on
   * money wins. A payment it confirms on a page the gateway ended without one (EXPIRED, DISABLED,
   * CANCELLED) is recorded as a late payment: {@code hpp_session.completed} naming the previous
   * status (then {@code hpp_session.refunded} when the read says refunded). Callers pass only reads
   * here; callbacks are hints and are confirmed by a read first.
   */
  public List<HppSessionEvent> observeRead(ProviderObservation observation, Instant now) {
    return apply(observation, true, now);
  }

  private List<HppSessionEvent> apply(ProviderObservation observation, boolean read, Instant now) {
    HppStatus observed = observation.normalized();
    if (observed == HppStatus.UNKNOWN) {
      if (!status.isFinal() && !observation.raw().equals(rawStatus)) {
        rawStatus = observation.raw();
        updatedAt = now;
      }
      return List.of();
    }
    boolean latePayment = read && HppLifecycle.isLatePayment(status, observed);
    if (observed == HppStatus.REFUNDED && (!status.isFinal() || latePayment)) {
      // A refund proves the payment completed; a lost completion callback must not hide either.
      captureOutcome(observation);
      List<HppSessionEvent> events = new ArrayList<>(moveTo(HppStatus.COMPLETED, "COMPLETED", now));
      events.addAll(moveTo(HppStatus.REFUNDED, observation.raw(), now));
      return List.copyOf(events);
    }
    if (observed == HppStatus.DISABLED && !status.isFinal() && !now.isBefore(expiresAt)) {
      // A page past its expiry that the provider reports turned off was turned off to end it (by
      // the gateway's sweep, on another instance, or by the provider): it expired. A merchant's
      // own disable goes through disable(), not here.
      observed = HppStatus.EXPIRED;
    }
    HppLifecycle.Decision decision =
        read ? HppLifecycle.decideRead(status, observed) : HppLifecycle.decide(status, observed);
    switch (decision) {
      case IGNORE:
        return List.of();
      case REPEAT:
        if (status.isFinal()) {
          return repeatOnFinal(observation, now);
        }
        if (captureOutcome(observation) | !observation.raw().equals(rawStatus)) {
          rawStatus = observation.raw();
          updatedAt = now;
        }
        return List.of();
      default:
        captureOutcome(observation);
        return moveTo(observed, observation.raw(), now);
    }
  }

  /** The merchant turned the page off. Disabling a disabled page is a no-op. */
  public List<HppSessionEvent> disable(Instant now) {
    requireCanBecome(HppStatus.DISABLED);
    if (status == HppStatus.DISABLED) {
      return List.of();
    }
    return moveTo(HppStatus.DISABLED, "DISABLED", now);
  }

  /** Throws unless the session is already {@code target} or may move there. */
  public void requireCanBecome(HppStatus target) {
    if (status != target && !HppLifecycle.allows(status, target)) {
      throw new IllegalHppTransitionException(id, status, target);
    }
  }

  /** Expires the page once its expiry has passed, unless it already reached a final status. */
  public List<HppSessionEvent> expireIfDue(Instant now) {
    if (status.isFinal() || now.isBefore(expiresAt)) {
      return List.of();
    }
    return moveTo(HppStatus.EXPIRED, "EXPIRED", now);
  }

  /**
   * The provider was read and agreed with this session. Moves {@link #updatedAt()}, which is when
   * the gateway last changed or confirmed the session, so a reconciliation sweep moves on to the
   * pages it has not checked for longest instead of reading the same ones again.
   */
  public void confirmedAt(Instant now) {
    if (now.isAfter(updatedAt)) {
      updatedAt = now;
    }
  }

  /**
   * The sweep looked at this open page and could not settle it (the provider could not be read, or
   * cannot turn the page off while an order is in progress): it is not looked at again before
   * {@code until}. Counts the checks put off since the page last changed status; {@link
   * #updatedAt()} does not move (nothing was learned).
   */
  public void deferCheck(Instant until) {
    nextCheckAt = Objects.requireNonNull(until, "until");
    checkAttempts++;
  }

  /** Not to be looked at by the sweep before this time; null when never put off. */
  public Instant nextCheckAt() {
    return nextCheckAt;
  }

  /** Sweep checks put off since the page last changed status. */
  public int checkAttempts() {
    return checkAttempts;
  }

  /** Records the order placed after authorization (KP with place_order_mode NONE). */
  public boolean recordOrderId(String placedOrderId, Instant now) {
    Require.text(placedOrderId, "order_id", 255);
    if (placedOrderId.equals(orderId)) {
      return false;
    }
    orderId = placedOrderId;
    updatedAt = now;
    return true;
  }

  /**
   * Keeps a reference the provider gave one of the page's payments (an Optty link's order, named by
   * a webhook), so reads can ask for that payment. Final pages keep them too: a payment the
   * provider confirms later must still be found. Returns false when the reference is known.
   */
  public boolean recordProviderPaymentRef(String ref, Instant now) {
    Require.text(ref, "provider_payment_ref", 255);
    if (providerPaymentRefs.contains(ref)) {
      return false;
    }
    if (providerPaymentRefs.size() == MAX_PROVIDER_PAYMENT_REFS) {
      providerPaymentRefs.remove(0);
    }
    providerPaymentRefs.add(ref);
    if (now.isAfter(updatedAt)) {
      updatedAt = now;
    }
    return true;
  }

  /** The provider's references of this page's payments, oldest first (see the snapshot). */
  public List<String> providerPaymentRefs() {
    return List.copyOf(providerPaymentRefs);
  }

  /**
   * A final page that is told its status again keeps what it recorded: its raw status, its
   * authorization token (which may have been erased on purpose) and its order id. The one thing a
   * repeat may still add is the order id of a completed page that has none yet (an order placed
   * after the payment).
   */
  private List<HppSessionEvent> repeatOnFinal(ProviderObservation observation, Instant now) {
    if (status == HppStatus.COMPLETED && orderId == null && observation.orderId() != null) {
      recordOrderId(observation.orderId(), now);
    }
    return List.of();
  }

  private boolean captureOutcome(ProviderObservation observation) {
    boolean changed = false;
    if (observation.authorizationToken() != null
        && !authorizationErased()
        && !observation.authorizationToken().equals(authorizationToken)) {
      authorizationToken = observation.authorizationToken();
      changed = true;
    }
    if (observation.orderId() != null && !observation.orderId().equals(orderId)) {
      orderId = observation.orderId();
      changed = true;
    }
    return changed;
  }

  /**
   * The authorization token lasts {@code lifetime} at the provider (Klarna: 60 minutes). Counted
   * from when the gateway first holds it, the nearest it knows to the authorization; set once.
   */
  public void authorizationLasts(Duration lifetime, Instant now) {
    if (authorizationToken != null && authorizationExpiresAt == null) {
      authorizationExpiresAt = now.plus(lifetime);
    }
  }

  /**
   * The provider completed the paid page's order (or said there is nothing to do, {@code
   * placedOrderId} null): nothing is pending any more, and a placed order's token is erased, as
   * nobody needs it again.
   */
  public void orderCompleted(String placedOrderId, Instant now) {
    if (pendingOrder != null) {
      pendingOrder = null;
      updatedAt = now;
    }
    if (placedOrderId != null) {
      recordOrderId(placedOrderId, now);
      eraseAuthorization(now);
    }
  }

  /**
   * An attempt to complete the paid page's order failed: it stays pending, retried with backoff
   * until the provider's authorization is over ({@link #authorizationExpiresAt()}, else {@code
   * window} from now).
   *
   * @param providerError the provider's error, never a secret
   */
  public void orderAttemptFailed(Duration window, String providerError, Instant now) {
    if (pendingOrder == null) {
      Instant deadline = authorizationExpiresAt != null ? authorizationExpiresAt : now.plus(window);
      pendingOrder = PendingOrder.firstFailure(deadline, providerError, now);
    } else {
      pendingOrder = pendingOrder.failedAgain(providerError, now);
    }
    updatedAt = now;
  }

  /**
   * The provider's authorization is over and the order was never completed: the merchant is told
   * (with the provider's last error) and the token erased. The status stays as it is (the shopper
   * paid).
   */
  public List<HppSessionEvent> giveUpOrder(Instant now) {
    if (pendingOrder == null || !pendingOrder.isOverAt(now)) {
      return List.of();
    }
    String error = pendingOrder.lastError();
    pendingOrder = null;
    updatedAt = now;
    eraseAuthorization(now);
    return List.of(new HppSessionOrderFailed(id, merchantId, error, now));
  }

  /** Erases the authorization token once its lifetime is over; true if it did. */
  public boolean eraseExpiredAuthorization(Instant now) {
    if (authorizationToken == null
        || authorizationExpiresAt == null
        || now.isBefore(authorizationExpiresAt)) {
      return false;
    }
    eraseAuthorization(now);
    return true;
  }

  private void eraseAuthorization(Instant now) {
    if (authorizationToken == null) {
      return;
    }
    authorizationToken = null;
    if (authorizationExpiresAt == null || now.isBefore(authorizationExpiresAt)) {
      authorizationExpiresAt = now;
    }
    updatedAt = now;
  }

  /** The token was held and erased: a later read that still shows it never brings it back. */
  private boolean authorizationErased() {
    return authorizationToken == null && authorizationExpiresAt != null;
  }

  private List<HppSessionEvent> moveTo(HppStatus target, String raw, Instant now) {
    HppStatus previous = status;
    status = target;
    rawStatus = raw;
    updatedAt = now;
    if (target == HppStatus.REFUNDED) {
      // The provider's word (or the gateway's last refund): the whole amount went back.
      refundedMinor = order.amount().minorUnits();
    }
    nextCheckAt = null;
    checkAttempts = 0;
    return List.of(HppSessionEvent.of(id, merchantId, previous, target, now));
  }

  /**
   * A refund the gateway is about to ask the provider for.
   *
   * @param number the refund's number on the page: the refunds recorded so far plus one
   * @param amount what it gives back, positive, in the page's currency
   * @param reference the provider's key for it, {@code <page id>-r<number>}
   */
  public record RefundPlan(int number, Money amount, String reference) {}

  /**
   * Checks a refund of {@code requested} (null: all that remains refundable) and names it. Its
   * reference is {@code <page id>-r<n>}, n being the refunds recorded so far plus one: a retry of a
   * refund whose answer was lost (a timeout) is planned before anything was recorded, so it reuses
   * n and the provider recognises it instead of paying twice; each recorded refund moves n on, so
   * the next refund is a new one. The trade-off: a refund the provider made but the gateway never
   * recorded is repeated under the same reference only, never as a new one; if the merchant then
   * asks for another amount, the provider sees the old reference and may answer the old refund.
   *
   * @throws IllegalHppTransitionException if the page is not paid (not COMPLETED or REFUNDED)
   * @throws DomainValidationException for another currency ({@code currency}) or an amount that is
   *     not positive ({@code amount})
   * @throws RefundExceedsRefundableException for more than remains refundable
   */
  public RefundPlan planRefund(Money requested) {
    requireCanBecome(HppStatus.REFUNDED);
    Money refundable = refundableAmount();
    Money amount = requested == null ? refundable : requested;
    if (!amount.currency().equals(order.amount().currency())) {
      throw new DomainValidationException(
          "currency", "must be the page's currency " + order.amount().currencyCode());
    }
    if (requested != null && !requested.isPositive()) {
      throw new DomainValidationException("amount", "must be greater than zero");
    }
    // Compared, never added: refunded + requested could overflow, refundable cannot.
    if (!amount.isPositive() || amount.minorUnits() > refundable.minorUnits()) {
      throw new RefundExceedsRefundableException(id, amount, refundable);
    }
    int number = Math.addExact(refundCount, 1);
    return new RefundPlan(number, amount, id.value() + "-r" + number);
  }

  /**
   * The provider made the planned refund: the refunded total grows by its amount and the page
   * becomes REFUNDED once the total reaches its amount ({@code hpp_session.refunded}); before that
   * it stays COMPLETED ({@code hpp_session.partially_refunded}). Idempotent: a plan whose number is
   * already recorded (this refund, saved by a concurrent retry) or a page already REFUNDED changes
   * nothing.
   */
  public List<HppSessionEvent> recordRefund(RefundPlan plan, Instant now) {
    Objects.requireNonNull(plan, "plan");
    if (plan.number() <= refundCount || status == HppStatus.REFUNDED) {
      return List.of();
    }
    requireCanBecome(HppStatus.REFUNDED);
    Money refundable = refundableAmount();
    if (!plan.amount().currency().equals(refundable.currency())
        || !plan.amount().isPositive()
        || plan.amount().minorUnits() > refundable.minorUnits()) {
      throw new RefundExceedsRefundableException(id, plan.amount(), refundable);
    }
    refundedMinor = Math.addExact(refundedMinor, plan.amount().minorUnits());
    refundCount = plan.number();
    updatedAt = now;
    if (refundedMinor == order.amount().minorUnits()) {
      status = HppStatus.REFUNDED;
      rawStatus = "REFUNDED";
      nextCheckAt = null;
      checkAttempts = 0;
      return List.of(new HppSessionRefunded(id, merchantId, now, plan.amount()));
    }
    return List.of(
        new HppSessionPartiallyRefunded(id, merchantId, now, plan.amount(), refundedAmount()));
  }

  /** What the page's refunds gave back so far (its whole amount once REFUNDED). */
  public Money refundedAmount() {
    return new Money(refundedMinor, order.amount().currency());
  }

  /** What a refund may still give back: the amount minus what was refunded. */
  public Money refundableAmount() {
    return new Money(order.amount().minorUnits() - refundedMinor, order.amount().currency());
  }

  /** How many refunds the gateway recorded on the page. */
  public int refundCount() {
    return refundCount;
  }

  /** Called by a store after it saved this session under a new optimistic-lock version. */
  public void persistedAs(long newVersion) {
    if (newVersion <= version) {
      throw new IllegalArgumentException("version must grow: " + version + " → " + newVersion);
    }
    version = newVersion;
  }

  public boolean isFinal() {
    return status.isFinal();
  }

  public HppSessionId id() {
    return id;
  }

  public MerchantId merchantId() {
    return merchantId;
  }

  public ProviderId providerId() {
    return providerId;
  }

  public String merchantReference() {
    return merchantReference;
  }

  public PaymentOrder order() {
    return order;
  }

  public Money amount() {
    return order.amount();
  }

  public MerchantUrls merchantUrls() {
    return merchantUrls;
  }

  public PageOptions options() {
    return options;
  }

  public Shopper shopper() {
    return shopper;
  }

  public HppStatus status() {
    return status;
  }

  public String rawStatus() {
    return rawStatus;
  }

  public ProviderRefs providerRefs() {
    return providerRefs;
  }

  public ShopperLinks links() {
    return links;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String authorizationToken() {
    return authorizationToken;
  }

  public String orderId() {
    return orderId;
  }

  /** When the authorization token stops being kept; null while no lifetime is known. */
  public Instant authorizationExpiresAt() {
    return authorizationExpiresAt;
  }

  /** The order the gateway still has to complete at the provider, or null. */
  public PendingOrder pendingOrder() {
    return pendingOrder;
  }

  public String callbackSecretHash() {
    return callbackSecretHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  @Override
  public String toString() {
    // The authorization token and callback secret hash stay out: this string ends up in logs.
    return "HppSession["
        + id
        + ", merchant="
        + merchantId
        + ", provider="
        + providerId
        + ", status="
        + status
        + " ("
        + rawStatus
        + "), amount="
        + order.amount()
        + ", version="
        + version
        + "]";
  }
}
