package dev.hppgateway.archfixture.domain;

/** Keeps every rule: JDK types only. */
public record CleanDomainValue(String value) {}
