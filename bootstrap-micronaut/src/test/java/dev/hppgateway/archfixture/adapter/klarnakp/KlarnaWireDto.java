package dev.hppgateway.archfixture.adapter.klarnakp;

/** Keeps the DTO rule: a wire DTO inside an adapter. */
@io.micronaut.serde.annotation.Serdeable
public record KlarnaWireDto(String sessionId) {}
