package dev.hppgateway.example.acmepay;

/**
 * Step 2 of docs/adding-a-provider.md: the adapter's configuration, secrets kept out of toString.
 */
public record AcmePayConfig(String baseUrl, String apiKey) {
  @Override
  public String toString() {
    return "AcmePayConfig[baseUrl=" + baseUrl + ", apiKey=***]";
  }
}
