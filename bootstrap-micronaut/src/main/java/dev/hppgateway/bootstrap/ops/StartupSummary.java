package dev.hppgateway.bootstrap.ops;

import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import dev.hppgateway.bootstrap.config.ProviderDefaults;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the HTTP server listens, says where: the base URL on the port actually bound, the API
 * documentation (Swagger UI and the OpenAPI document), and how to call the merchant API. In sandbox
 * mode with the fixed demo key that is a ready-to-paste {@code curl}; a configured key is never
 * shown.
 */
@Singleton
@Requires(env = Application.ENVIRONMENT)
public class StartupSummary implements ApplicationEventListener<ServerStartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(StartupSummary.class);

  private final ProviderDefaults mode;
  private final BootstrapMerchant merchant;

  public StartupSummary(ProviderDefaults mode, BootstrapMerchant merchant) {
    this.mode = mode;
    this.merchant = merchant;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    lines(event.getSource()).forEach(LOG::info);
  }

  /** The lines logged for a server, one fact each. */
  List<String> lines(EmbeddedServer server) {
    String base = stripSlash(server.getURL().toString());
    List<String> lines = new ArrayList<>();
    lines.add(
        "hpp-gateway is up at "
            + base
            + (mode.sandbox() ? " (sandbox mode, NOT FOR REAL PAYMENTS)" : " (live mode)"));
    lines.add(
        "API docs: " + base + "/swagger-ui/index.html (OpenAPI document: " + base + "/openapi)");
    lines.add("Health: " + base + "/health");
    merchant
        .merchantId()
        .ifPresent(
            id ->
                lines.add(
                    merchant
                        .sandboxDemoKey()
                        .map(
                            key ->
                                "Demo merchant '"
                                    + id
                                    + "' (sandbox only): curl -H 'Authorization: Bearer "
                                    + key
                                    + "' "
                                    + base
                                    + "/v1/hpp-sessions")
                        .orElse(
                            "Merchant '"
                                + id
                                + "': call "
                                + base
                                + "/v1/hpp-sessions with 'Authorization: Bearer' and the key"
                                + " configured in hpp.bootstrap-merchant.api-key")));
    return lines;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
