package dev.hppgateway.archfixture.adapter.hppv1;

/**
 * The shared HPP v1 client both adapters may use; it calls through the shared provider HTTP client.
 */
public class SharedHppClient {
  public dev.hppgateway.archfixture.adapter.providerhttp.SharedProviderHttpClient http;
}
