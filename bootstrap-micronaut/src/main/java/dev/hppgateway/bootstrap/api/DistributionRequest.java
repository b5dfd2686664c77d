package dev.hppgateway.bootstrap.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /v1/hpp-sessions/{id}/distribution}: the provider sends the page's link
 * by {@code method} ({@code email} or {@code sms}) to the contact.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(
    name = "DistributionRequest",
    example =
        "{\"method\":\"sms\",\"contact\":{\"phone\":\"+46701234567\",\"phone_country\":\"SE\"}}")
public record DistributionRequest(
    @Nullable String method, @Nullable CreateHppSessionRequest.Customer contact) {}
