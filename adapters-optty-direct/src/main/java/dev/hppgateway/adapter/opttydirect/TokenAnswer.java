package dev.hppgateway.adapter.opttydirect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** Answer of {@code POST {auth}/token}: a JWT, its lifetime in seconds (86400 in the docs). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenAnswer(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("expires_in") Long expiresIn,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("scope") String scope) {

  /** Hides the token, so no log or exception ever prints it. */
  @Override
  public String toString() {
    return "TokenAnswer[accessToken=***, expiresIn="
        + expiresIn
        + ", tokenType="
        + tokenType
        + ", scope="
        + scope
        + "]";
  }
}
