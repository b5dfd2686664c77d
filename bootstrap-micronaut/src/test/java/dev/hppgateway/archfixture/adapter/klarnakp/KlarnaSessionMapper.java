package dev.hppgateway.archfixture.adapter.klarnakp;

/** Keeps the publicity rule: package-private, as an adapter's inner workings are. */
class KlarnaSessionMapper {}
