package dev.hppgateway.application.port.in;

/** What one housekeeping run deleted. */
public record HousekeepingReport(int webhookEventsDeleted, int idempotencyKeysDeleted) {}
