package dev.hppgateway.archfixture.domain;

/** Breaks "domain depends on the JDK only": it reaches up into application. */
public class DomainUsingApplication {
  public dev.hppgateway.archfixture.application.CleanPort port;
}
