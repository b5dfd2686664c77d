package dev.hppgateway.archfixture.application;

/** Breaks "core is framework-free": a Micronaut type in application. */
public class ApplicationUsingMicronaut {
  public io.micronaut.http.HttpStatus status;
}
