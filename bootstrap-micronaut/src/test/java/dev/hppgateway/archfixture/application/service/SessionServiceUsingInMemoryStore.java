package dev.hppgateway.archfixture.application.service;

/** Breaks "the core does not depend on adapters": a service naming the in-memory store. */
public class SessionServiceUsingInMemoryStore {
  public dev.hppgateway.archfixture.adapter.inmemory.InMemorySessionStore store;
}
