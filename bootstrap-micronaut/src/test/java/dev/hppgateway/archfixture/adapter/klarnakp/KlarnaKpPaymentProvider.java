package dev.hppgateway.archfixture.adapter.klarnakp;

/** Keeps "adapters expose only their config and port implementation": the port implementation. */
public class KlarnaKpPaymentProvider {
  KlarnaSessionMapper mapper;
}
