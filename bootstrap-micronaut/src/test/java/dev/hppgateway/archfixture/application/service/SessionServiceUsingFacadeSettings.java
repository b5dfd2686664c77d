package dev.hppgateway.archfixture.application.service;

/**
 * Closes the cycle with {@code EmbeddedFacade}: a service depending on its own facade's package.
 */
public class SessionServiceUsingFacadeSettings {
  public dev.hppgateway.archfixture.application.EmbeddedFacade.Settings settings;
}
