package dev.hppgateway.bootstrap.api;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page's whole timeline, its creation first. */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "HppSessionEventList")
public record HppSessionEventList(List<HppSessionEventResponse> data) {}
