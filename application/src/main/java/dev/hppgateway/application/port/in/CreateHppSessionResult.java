package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.HppSession;

/** The page, and whether it came from an earlier request with the same idempotency key. */
public record CreateHppSessionResult(HppSession session, boolean replayed) {}
