package dev.hppgateway.archfixture.application;

/**
 * With {@code service.SessionServiceUsingFacadeSettings}, breaks "no package cycles inside a
 * module": the facade knows the service, the service reaches back for the facade's settings.
 */
public class EmbeddedFacade {
  public dev.hppgateway.archfixture.application.service.SessionServiceUsingFacadeSettings service;

  /** The settings the service reaches back for. */
  public record Settings(String publicBaseUrl) {}
}
