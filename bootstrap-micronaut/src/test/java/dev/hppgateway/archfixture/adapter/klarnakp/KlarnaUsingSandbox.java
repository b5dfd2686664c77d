package dev.hppgateway.archfixture.adapter.klarnakp;

/** Breaks "core and adapters do not use the sandbox". */
public class KlarnaUsingSandbox {
  public dev.hppgateway.archfixture.sandbox.CleanSandboxPage page;
}
