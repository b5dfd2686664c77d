package dev.hppgateway.archfixture.adapter.opttydirect;

/** Breaks "only bootstrap knows bootstrap". */
public class OpttyUsingBootstrap {
  public dev.hppgateway.archfixture.bootstrap.Wiring wiring;
}
