package dev.hppgateway.application.port.out.ids;

/** Makes unguessable secrets (callback path secrets), URL-safe. */
public interface SecretGenerator {
  String newSecret();
}
