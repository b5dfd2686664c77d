package dev.hppgateway.archfixture.sandbox;

/** Keeps the sandbox rule. */
public class CleanSandboxPage {}
