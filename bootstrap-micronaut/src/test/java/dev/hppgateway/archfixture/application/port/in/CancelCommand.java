package dev.hppgateway.archfixture.application.port.in;

/** Keeps "ports in do not depend on ports out": domain and JDK types only. */
public record CancelCommand(
    String pageId, dev.hppgateway.archfixture.domain.CleanDomainValue reason) {}
