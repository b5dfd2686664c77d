package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.CallbackSender;
import dev.hppgateway.sandbox.Ids;
import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;

/** Status callbacks {@code {event_id, session:{...as GET...}}} to merchant_urls.status_update. */
@Singleton
@Requires(property = SandboxSettings.ENABLED, value = "true")
class HppCallbacks {

  private final CallbackSender sender;

  HppCallbacks(CallbackSender sender) {
    this.sender = sender;
  }

  void statusChanged(HppSession session, HppViews.Session view) {
    String template = session.merchantUrls.get("status_update");
    if (template == null) {
      return;
    }
    String url = UrlTemplates.substitute(template, Map.of("session_id", session.id));
    sender.postJson(session.provider, url, new HppViews.StatusCallback(Ids.uuid(), view));
  }
}
