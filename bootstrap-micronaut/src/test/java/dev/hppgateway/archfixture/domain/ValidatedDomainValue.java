package dev.hppgateway.archfixture.domain;

/** Breaks "jakarta.validation at the API edge only". */
public class ValidatedDomainValue {
  @jakarta.validation.constraints.NotNull public String value;
}
