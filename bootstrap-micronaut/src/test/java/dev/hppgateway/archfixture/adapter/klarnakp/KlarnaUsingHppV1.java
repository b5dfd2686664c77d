package dev.hppgateway.archfixture.adapter.klarnakp;

/** Keeps the adapter rule: the shared HPP v1 client is allowed. */
public class KlarnaUsingHppV1 {
  public dev.hppgateway.archfixture.adapter.hppv1.SharedHppClient client;
}
