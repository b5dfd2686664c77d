package dev.hppgateway.bootstrap.api;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a list, newest first; pass the last id as {@code starting_after} for the next. */
@Serdeable(naming = SnakeCaseStrategy.class)
@Schema(name = "HppSessionList")
public record HppSessionList(List<HppSessionResponse> data, boolean hasMore) {}
