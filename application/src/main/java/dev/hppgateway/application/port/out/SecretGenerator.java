package dev.hppgateway.application.port.out;

/** Makes unguessable secrets (callback path secrets), URL-safe. */
public interface SecretGenerator {
  String newSecret();
}
