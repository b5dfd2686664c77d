package dev.hppgateway.archfixture.application.port.in;

/** Breaks "ports in do not depend on ports out": a command carrying a provider port's type. */
public record RefundCommandUsingPortOut(
    dev.hppgateway.archfixture.application.port.out.RefundPort port) {}
