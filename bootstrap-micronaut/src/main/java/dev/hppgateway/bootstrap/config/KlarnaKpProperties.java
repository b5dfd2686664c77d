package dev.hppgateway.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code hpp.providers.klarna-kp.*}. */
@ConfigurationProperties("hpp.providers.klarna-kp")
public class KlarnaKpProperties extends ProviderEndpoint {
  private String username;
  private String password;
  private boolean placeOrderOnCompletion = true;

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

  public boolean isPlaceOrderOnCompletion() {
    return placeOrderOnCompletion;
  }

  public void setPlaceOrderOnCompletion(boolean value) {
    placeOrderOnCompletion = value;
  }

  @Override
  public String toString() {
    return "KlarnaKpProperties[baseUrl="
        + getBaseUrl()
        + ", username="
        + username
        + ", password=***]";
  }
}
