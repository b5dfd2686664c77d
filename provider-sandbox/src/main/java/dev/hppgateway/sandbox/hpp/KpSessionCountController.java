package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Test-only, read-only: how many KP payment sessions the sandbox created for a merchant reference,
 * so a test can prove a create reached the provider exactly once. Under {@code /sandbox/admin}, so
 * it answers loopback clients only.
 */
@Controller("/sandbox/admin/klarna/payment-sessions")
@Requires(property = SandboxSettings.ENABLED, value = "true")
class KpSessionCountController {

  private final KpStore store;

  KpSessionCountController(KpStore store) {
    this.store = store;
  }

  @Get("/count")
  SessionCount count(@QueryValue("merchant_reference1") String merchantReference) {
    return new SessionCount(store.countByMerchantReference(merchantReference));
  }

  /**
   * The answer.
   *
   * @param count payment sessions created with the reference, expired ones included
   */
  @Serdeable
  record SessionCount(long count) {}
}
