package dev.hppgateway.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code hpp.providers.optty-direct.*}: Optty has an auth host beside its API host. */
@ConfigurationProperties("hpp.providers.optty-direct")
public class OpttyDirectProperties extends ProviderEndpoint {
  private String authUrl;
  private String clientId;
  private String clientSecret;
  private String paymentSecret;
  private String callbackSecret;

  public String getAuthUrl() {
    return authUrl;
  }

  public void setAuthUrl(String value) {
    authUrl = value;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String value) {
    clientId = value;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String value) {
    clientSecret = value;
  }

  public String getPaymentSecret() {
    return paymentSecret;
  }

  public void setPaymentSecret(String value) {
    paymentSecret = value;
  }

  /**
   * The secret in the account-wide webhook URL set in Optty's portal: {@code
   * /callbacks/optty-direct/p/{secret}}.
   */
  public String getCallbackSecret() {
    return callbackSecret;
  }

  public void setCallbackSecret(String value) {
    callbackSecret = value;
  }

  public String authUrlOr(String fallback) {
    return authUrl == null || authUrl.isBlank() ? fallback : authUrl;
  }

  @Override
  public String toString() {
    return "OpttyDirectProperties[baseUrl="
        + getBaseUrl()
        + ", authUrl="
        + authUrl
        + ", clientId="
        + clientId
        + ", clientSecret=***]";
  }
}
