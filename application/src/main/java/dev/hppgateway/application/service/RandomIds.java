package dev.hppgateway.application.service;

import dev.hppgateway.application.port.out.ids.IdGenerator;
import dev.hppgateway.application.port.out.ids.SecretGenerator;
import dev.hppgateway.domain.HppSessionId;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Ids and secrets from {@link SecureRandom}: 128 random bits for ids (unique across instances
 * without coordination), 256 for secrets, URL-safe base64.
 */
public final class RandomIds implements IdGenerator, SecretGenerator {
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();
  private final SecureRandom random = new SecureRandom();

  @Override
  public HppSessionId newSessionId() {
    return new HppSessionId("hpp_" + randomText(16));
  }

  @Override
  public String newEventId() {
    return "evt_" + randomText(16);
  }

  @Override
  public String newSecret() {
    return randomText(32);
  }

  private String randomText(int bytes) {
    byte[] buffer = new byte[bytes];
    random.nextBytes(buffer);
    return URL_SAFE.encodeToString(buffer);
  }
}
