package dev.hppgateway.archfixture.adapter.providerhttp;

/** The shared provider HTTP client every adapter may use. */
public class SharedProviderHttpClient {}
