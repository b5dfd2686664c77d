package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.CallbackSender;
import dev.hppgateway.sandbox.SandboxSettings;
import dev.hppgateway.sandbox.SimulatedProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Calls a completed order's push URL (empty POST) at once and then every push interval until the
 * merchant acknowledges the order, for at most the configured number of attempts.
 */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class KcoPushes {

  private final CallbackSender sender;
  private final SandboxSettings settings;

  KcoPushes(CallbackSender sender, SandboxSettings settings) {
    this.sender = sender;
    this.settings = settings;
  }

  void start(KcoOrder order) {
    sender.schedule(() -> push(order), Duration.ZERO);
  }

  private void push(KcoOrder order) {
    if (!order.takePushAttempt(settings.pushMaxAttempts())) {
      return;
    }
    sender.postEmptyOnce(SimulatedProvider.KUSTOM, order.pushUrl());
    sender.schedule(() -> push(order), settings.pushInterval());
  }
}
