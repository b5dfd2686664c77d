package dev.hppgateway.archfixture.sandbox;

/** Breaks "sandbox stays outside the core". */
public class SandboxUsingDomain {
  public dev.hppgateway.archfixture.domain.CleanDomainValue value;
}
