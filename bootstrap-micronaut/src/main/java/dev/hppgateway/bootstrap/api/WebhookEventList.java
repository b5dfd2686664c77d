package dev.hppgateway.bootstrap.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of webhook events, newest first; pass the last id as {@code starting_after} for the
 * next. An empty page still has its {@code data} (an empty list).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "WebhookEventList")
public record WebhookEventList(
    @JsonInclude(JsonInclude.Include.ALWAYS) List<WebhookEventResponse> data, boolean hasMore) {}
