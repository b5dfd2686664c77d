package dev.hppgateway.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code hpp.providers.kustom-kco.*}: KCO orders also need terms, checkout and confirmation URLs.
 */
@ConfigurationProperties("hpp.providers.kustom-kco")
public class KustomKcoProperties extends ProviderEndpoint {
  private String username;
  private String password;
  private String termsUrl = "https://shop.example/terms";
  private String checkoutUrl = "https://shop.example/checkout";
  private String confirmationUrl = "https://shop.example/confirmation";

  public String getUsername() {
    return username;
  }

  public void setUsername(String value) {
    username = value;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String value) {
    password = value;
  }

  public String getTermsUrl() {
    return termsUrl;
  }

  public void setTermsUrl(String value) {
    termsUrl = value;
  }

  public String getCheckoutUrl() {
    return checkoutUrl;
  }

  public void setCheckoutUrl(String value) {
    checkoutUrl = value;
  }

  public String getConfirmationUrl() {
    return confirmationUrl;
  }

  public void setConfirmationUrl(String value) {
    confirmationUrl = value;
  }

  @Override
  public String toString() {
    return "KustomKcoProperties[baseUrl="
        + getBaseUrl()
        + ", username="
        + username
        + ", password=***]";
  }
}
