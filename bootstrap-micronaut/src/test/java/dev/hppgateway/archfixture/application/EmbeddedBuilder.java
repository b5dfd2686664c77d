package dev.hppgateway.archfixture.application;

/**
 * Keeps "the core does not depend on adapters": the embedded builder may default to in-memory
 * stores.
 */
public class EmbeddedBuilder {
  public dev.hppgateway.archfixture.adapter.inmemory.InMemorySessionStore store;
}
