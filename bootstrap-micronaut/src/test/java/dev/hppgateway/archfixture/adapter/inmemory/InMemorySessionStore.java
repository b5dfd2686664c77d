package dev.hppgateway.archfixture.adapter.inmemory;

/** The in-memory adapter the embedded builder defaults to. */
public class InMemorySessionStore {}
