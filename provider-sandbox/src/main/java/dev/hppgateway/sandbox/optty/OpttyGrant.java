package dev.hppgateway.sandbox.optty;

import java.time.Instant;
import java.util.Set;

/** What a bearer token stands for: the merchant (client id), its scopes and its expiry. */
record OpttyGrant(String clientId, Set<String> scopes, Instant expiresAt) {

  @Override
  public String toString() {
    return "OpttyGrant[clientId="
        + clientId
        + ", scopes="
        + scopes
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
