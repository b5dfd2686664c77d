package dev.hppgateway.application.port.in;

/** How many pages one sweep expired, reconciled (read from the provider), and could not read. */
public record SweepReport(int expired, int reconciled, int failed) {}
