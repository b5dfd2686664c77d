package dev.hppgateway.archfixture.adapter.klarnakp;

/** Breaks "adapters expose only their config and port implementation": a public wire detail. */
public class KlarnaSessionRequest {}
