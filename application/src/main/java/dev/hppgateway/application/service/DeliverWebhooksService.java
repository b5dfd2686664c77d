package dev.hppgateway.application.service;

import dev.hppgateway.application.port.in.DeliverWebhooksUseCase;
import dev.hppgateway.application.port.in.WebhookDeliveryReport;
import dev.hppgateway.application.port.out.events.OutboxMessage;
import dev.hppgateway.application.port.out.events.OutboxRepository;
import dev.hppgateway.application.port.out.events.WebhookSender;
import dev.hppgateway.application.port.out.events.WebhookSender.WebhookSendException;
import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.application.webhook.WebhookSignature;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Delivers the outbox: claims the due messages, posts each to its merchant's webhook URL with the
 * {@code Hpp-Signature} header, and records the outcome.
 *
 * <ul>
 *   <li>A 2xx answer delivers the message.
 *   <li>Any other answer (a redirect included: it is not followed) or no answer schedules the next
 *       attempt by {@link WebhookRetrySchedule}; after the last attempt the message is DEAD.
 *   <li>A 410 Gone makes the message DEAD at once and gives up on every other pending message of
 *       the merchant ({@link OutboxRepository#abandonPending}); the merchant's messages already
 *       claimed in the same pass are made DEAD without being sent. Events recorded later are tried
 *       again (the merchant may have fixed its endpoint), and each dies at its first 410.
 *   <li>A merchant that is unknown, has no webhook URL, or no webhook secret gets its messages DEAD
 *       with that reason, nothing sent: a webhook never goes out unsigned, and an event is never
 *       reported delivered when it was not.
 * </ul>
 *
 * The body is the message's payload as stored (see {@link WebhookPayload}); it is signed at each
 * attempt with the attempt's time.
 */
final class DeliverWebhooksService implements DeliverWebhooksUseCase {
  private static final System.Logger LOG = System.getLogger(DeliverWebhooksService.class.getName());
  private static final int MAX_ERROR_LENGTH = 500;

  private final OutboxRepository outbox;
  private final MerchantRepository merchants;
  private final WebhookSender sender;
  private final Clock clock;
  private final WebhookRetrySchedule schedule;
  private final Duration lease;

  DeliverWebhooksService(
      OutboxRepository outbox,
      MerchantRepository merchants,
      WebhookSender sender,
      Clock clock,
      WebhookRetrySchedule schedule,
      Duration lease) {
    this.outbox = outbox;
    this.merchants = merchants;
    this.sender = sender;
    this.clock = clock;
    this.schedule = schedule;
    this.lease = lease;
  }

  @Override
  public WebhookDeliveryReport deliverDue(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    List<OutboxMessage> claimed = outbox.claimDue(clock.instant(), batchSize, lease);
    Map<MerchantId, Optional<Merchant>> known = new HashMap<>();
    Set<MerchantId> gone = new HashSet<>();
    int delivered = 0;
    int retried = 0;
    int dead = 0;
    int abandoned = 0;
    for (OutboxMessage message : claimed) {
      MerchantId merchantId = message.merchantId();
      if (gone.contains(merchantId)) {
        dead += giveUp(message, "endpoint gone (HTTP 410)");
        continue;
      }
      Optional<Merchant> merchant = known.computeIfAbsent(merchantId, merchants::findById);
      String unusable = unusable(merchant);
      if (unusable != null) {
        dead += giveUp(message, unusable);
        continue;
      }
      Outcome outcome = attempt(message, merchant.orElseThrow());
      switch (outcome.kind) {
        case DELIVERED -> {
          if (outbox.markDelivered(message.eventId(), message.claimToken(), clock.instant())) {
            delivered++;
          }
        }
        case GONE -> {
          dead += giveUp(message, outcome.error);
          gone.add(merchantId);
          int given = outbox.abandonPending(merchantId, "endpoint gone (HTTP 410)");
          abandoned += given;
          LOG.log(
              Level.WARNING,
              "Webhook endpoint of merchant {0} answered 410 Gone: {1} pending event(s) given up",
              merchantId.value(),
              given);
        }
        case FAILED -> {
          Instant next = schedule.nextAttempt(message.attempts(), clock.instant());
          if (next == null) {
            dead += giveUp(message, outcome.error);
            LOG.log(
                Level.WARNING,
                "Webhook {0} of merchant {1} is dead after {2} attempts: {3}",
                message.eventId(),
                merchantId.value(),
                message.attempts(),
                outcome.error);
          } else if (outbox.markFailed(
              message.eventId(), message.claimToken(), outcome.error, next)) {
            retried++;
          }
        }
      }
    }
    return new WebhookDeliveryReport(delivered, retried, dead, abandoned);
  }

  private static String unusable(Optional<Merchant> merchant) {
    if (merchant.isEmpty()) {
      return "merchant not found";
    }
    if (merchant.get().webhookUrl() == null || merchant.get().webhookUrl().isBlank()) {
      return "merchant has no webhook_url";
    }
    if (merchant.get().webhookSecretRef() == null || merchant.get().webhookSecretRef().isEmpty()) {
      return "merchant has no webhook secret";
    }
    return null;
  }

  private int giveUp(OutboxMessage message, String reason) {
    return outbox.markFailed(message.eventId(), message.claimToken(), reason, null) ? 1 : 0;
  }

  private enum Kind {
    DELIVERED,
    GONE,
    FAILED
  }

  private record Outcome(Kind kind, String error) {}

  private Outcome attempt(OutboxMessage message, Merchant merchant) {
    String body = message.payload();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Hpp-Event-Id", message.eventId());
    headers.put(
        WebhookSignature.HEADER,
        WebhookSignature.sign(body, merchant.webhookSecrets(), clock.instant()));
    try {
      int status = sender.send(merchant.webhookUrl(), body, headers);
      if (status >= 200 && status < 300) {
        return new Outcome(Kind.DELIVERED, null);
      }
      return new Outcome(status == 410 ? Kind.GONE : Kind.FAILED, "HTTP " + status);
    } catch (WebhookSendException e) {
      return new Outcome(
          Kind.FAILED, bounded(e.getMessage() == null ? "no answer" : e.getMessage()));
    } catch (RuntimeException e) {
      // A sender's bug fails this attempt only: left unfinished, the message would be claimed
      // again at every lease's end and never reach its last attempt.
      LOG.log(Level.ERROR, "Webhook sender failed on " + message.eventId(), e);
      return new Outcome(Kind.FAILED, bounded("sender failed: " + e.getClass().getSimpleName()));
    }
  }

  private static String bounded(String error) {
    return error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
  }

  /** The retry schedule of a failed webhook; see {@link #nextAttempt}. */
  static final class WebhookRetrySchedule {
    /**
     * The nominal wait after the 1st, 2nd… failed attempt; after the last one (the 9th attempt) the
     * message is dead. 68 h 36 min in all: about three days.
     */
    static final List<Duration> DELAYS =
        List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(12),
            Duration.ofHours(24),
            Duration.ofHours(24));

    /** The largest share of a delay the jitter takes off. */
    static final double JITTER = 0.2;

    private final RandomGenerator random;
    private final List<Duration> delays;

    WebhookRetrySchedule(RandomGenerator random) {
      this(random, DELAYS);
    }

    /**
     * @param delays the nominal waits after the 1st, 2nd… failed attempt: not empty, each positive
     */
    WebhookRetrySchedule(RandomGenerator random, List<Duration> delays) {
      Objects.requireNonNull(delays, "retry delays");
      if (delays.isEmpty()) {
        throw new IllegalArgumentException("the webhook retry schedule needs at least one delay");
      }
      for (Duration delay : delays) {
        if (delay == null || delay.isNegative() || delay.isZero()) {
          throw new IllegalArgumentException(
              "every webhook retry delay must be positive, was " + delay);
        }
      }
      this.random = random;
      this.delays = List.copyOf(delays);
    }

    /**
     * When to try again after {@code attempts} failed attempts, null when that was the last. The
     * nominal delay is shortened by a random share of up to {@link #JITTER}, so the retries of many
     * events that failed together (an endpoint down) spread out instead of arriving at once; a
     * retry never comes later than its nominal delay.
     */
    Instant nextAttempt(int attempts, Instant now) {
      if (attempts < 1 || attempts > delays.size()) {
        return null;
      }
      Duration nominal = delays.get(attempts - 1);
      double factor = 1.0 - JITTER * random.nextDouble();
      return now.plusNanos((long) (nominal.toNanos() * factor));
    }
  }
}
