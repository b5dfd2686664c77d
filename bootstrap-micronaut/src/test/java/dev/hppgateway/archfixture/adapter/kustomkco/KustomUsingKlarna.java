package dev.hppgateway.archfixture.adapter.kustomkco;

/** Breaks "adapters are independent": Kustom reaches into Klarna. */
public class KustomUsingKlarna {
  public dev.hppgateway.archfixture.adapter.klarnakp.KlarnaUsingHppV1 klarna;
}
