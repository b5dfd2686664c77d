package dev.hppgateway.archfixture.application;

/** Breaks "wire DTOs live at the edge". */
@io.micronaut.serde.annotation.Serdeable
public record SerdeableInCore(String value) {}
