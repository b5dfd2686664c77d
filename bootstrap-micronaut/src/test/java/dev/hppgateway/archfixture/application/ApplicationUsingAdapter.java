package dev.hppgateway.archfixture.application;

/** Breaks "application depends on domain only". */
public class ApplicationUsingAdapter {
  public dev.hppgateway.archfixture.adapter.klarnakp.KlarnaUsingHppV1 adapter;
}
