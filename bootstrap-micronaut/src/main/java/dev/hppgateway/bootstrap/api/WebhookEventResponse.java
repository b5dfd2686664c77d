package dev.hppgateway.bootstrap.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hppgateway.application.port.in.WebhookEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One webhook event and its delivery, as the API shows it. Its payload ({@code data} of the
 * webhook) is left out: it may carry the page's authorization token, and the page is read with
 * {@code GET /v1/hpp-sessions/{hpp_session_id}}. Every field is always sent, null or not.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(
    name = "WebhookEvent",
    example =
        "{\"id\":\"evt_3f1c9a0e\",\"type\":\"hpp_session.completed\","
            + "\"hpp_session_id\":\"hpp_8d2b41c7\",\"sequence\":2,\"delivery_status\":\"failed\","
            + "\"attempts\":3,\"next_attempt_at\":\"2026-12-01T12:20:00Z\","
            + "\"last_error\":\"HTTP 503\",\"created_at\":\"2026-12-01T12:03:05.123456Z\"}")
public record WebhookEventResponse(
    @Schema(description = "The event id, the same in every delivery of the event") String id,
    @Schema(description = "The webhook event type") String type,
    @Schema(description = "The page the event is about")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Nullable
        String hppSessionId,
    @Schema(description = "1, 2, 3… per page, in the order the gateway recorded the events")
        long sequence,
    @Schema(
            description =
                "pending (not attempted yet), failed (an attempt failed, another is scheduled),"
                    + " delivered (answered 2xx), dead (given up after the last retry)",
            allowableValues = {"pending", "failed", "delivered", "dead"})
        String deliveryStatus,
    @Schema(description = "How many attempts were made, redeliveries included") int attempts,
    @Schema(description = "When the next attempt is due; null once delivered or dead")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Nullable
        Instant nextAttemptAt,
    @Schema(description = "Why the last failed attempt failed; null if none failed")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Nullable
        String lastError,
    @Schema(description = "When the gateway recorded the event") Instant createdAt) {

  public static WebhookEventResponse of(WebhookEvent event) {
    return new WebhookEventResponse(
        event.id(),
        event.type(),
        event.sessionId() == null ? null : event.sessionId().value(),
        event.sequence(),
        event.deliveryStatus().apiName(),
        event.attempts(),
        event.nextAttemptAt(),
        event.lastError(),
        event.createdAt());
  }
}
