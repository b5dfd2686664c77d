package dev.hppgateway.archfixture.application;

/** Keeps every rule: depends on domain only. */
public interface CleanPort {
  dev.hppgateway.archfixture.domain.CleanDomainValue read();
}
