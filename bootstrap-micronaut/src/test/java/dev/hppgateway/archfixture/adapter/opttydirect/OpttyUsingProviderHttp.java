package dev.hppgateway.archfixture.adapter.opttydirect;

/** Keeps the adapter rule: the shared provider HTTP client is allowed. */
public class OpttyUsingProviderHttp {
  public dev.hppgateway.archfixture.adapter.providerhttp.SharedProviderHttpClient client;
}
