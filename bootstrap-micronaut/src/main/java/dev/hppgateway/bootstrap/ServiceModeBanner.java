package dev.hppgateway.bootstrap;

import dev.hppgateway.bootstrap.config.ProviderDefaults;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says at start-up which mode the service runs in; sandbox mode is one WARN line. */
@Singleton
@Requires(env = Application.ENVIRONMENT)
public class ServiceModeBanner implements ApplicationEventListener<StartupEvent> {
  static final String SANDBOX_WARNING =
      "SANDBOX MODE: simulated providers served by this service, NOT FOR REAL PAYMENTS"
          + " (set hpp.sandbox.enabled=false with real provider settings for live mode)";

  private static final Logger LOG = LoggerFactory.getLogger(ServiceModeBanner.class);

  private final ProviderDefaults mode;

  public ServiceModeBanner(ProviderDefaults mode) {
    this.mode = mode;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    if (mode.sandbox()) {
      LOG.warn(SANDBOX_WARNING);
    } else {
      LOG.info("Live mode: real providers, callbacks at {}", mode.publicBaseUrl());
    }
  }
}
