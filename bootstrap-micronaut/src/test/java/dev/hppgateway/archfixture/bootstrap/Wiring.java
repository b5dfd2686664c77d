package dev.hppgateway.archfixture.bootstrap;

/** The bootstrap may know everything. */
public class Wiring {
  public dev.hppgateway.archfixture.adapter.klarnakp.KlarnaUsingHppV1 klarna;
  public dev.hppgateway.archfixture.domain.CleanDomainValue value;
  @jakarta.validation.constraints.NotNull public String validatedAtTheEdge;
}
