package dev.hppgateway.bootstrap.api;

import dev.hppgateway.domain.HppSessionTimelineEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * One entry of a page's timeline as the API shows it (snake_case on the wire; the schema names say
 * so, as the serde naming strategy does not reach the OpenAPI document): the event, the status it
 * left and the one it set, the provider's own status then, and where the change came from.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(
    name = "HppSessionEvent",
    example =
        "{\"sequence\":2,\"type\":\"hpp_session.completed\",\"status\":\"COMPLETED\","
            + "\"previous_status\":\"WAITING\",\"provider_status\":\"COMPLETED\","
            + "\"source\":\"CALLBACK\",\"occurred_at\":\"2026-12-01T12:03:05.123456Z\"}")
public record HppSessionEventResponse(
    @Schema(description = "1, 2, 3… per page, as the webhooks' sequence") long sequence,
    @Schema(description = "The webhook event type") String type,
    @Schema(description = "The page's status after the event") String status,
    @Schema(description = "The status the page left; null for its creation") @Nullable
        String previousStatus,
    @Schema(description = "The provider's own status for the page at that moment") @Nullable
        String providerStatus,
    @Schema(
            description =
                "Where the change came from: API (the merchant's request), CALLBACK (a provider"
                    + " callback, confirmed by reading the provider), READ (a read that refreshed"
                    + " the page from the provider), SWEEP (the gateway's reconciliation, expiry"
                    + " and order follow-ups)",
            allowableValues = {"API", "CALLBACK", "READ", "SWEEP"})
        String source,
    @Schema(description = "When the gateway recorded the event") Instant occurredAt) {

  public static HppSessionEventResponse of(HppSessionTimelineEntry entry) {
    return new HppSessionEventResponse(
        entry.sequence(),
        entry.type(),
        entry.status().name(),
        entry.previousStatus() == null ? null : entry.previousStatus().name(),
        entry.providerStatus(),
        entry.source().name(),
        entry.occurredAt());
  }
}
