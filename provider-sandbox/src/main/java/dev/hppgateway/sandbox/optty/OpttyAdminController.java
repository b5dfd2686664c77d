package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The part of Optty's merchant portal the sandbox needs: webhook URL, redirect URL, payment secret.
 */
@Controller("/sandbox/admin/optty/merchants")
@Requires(property = SandboxSettings.ENABLED, value = "true")
class OpttyAdminController {

  private final OpttyMerchants merchants;

  OpttyAdminController(OpttyMerchants merchants) {
    this.merchants = merchants;
  }

  @Put("/{clientId}")
  HttpResponse<MerchantView> put(@PathVariable String clientId, @Body OpttyMerchant merchant) {
    merchants.put(clientId, merchant);
    return HttpResponse.ok(view(clientId));
  }

  @Get("/{clientId}")
  MerchantView get(@PathVariable String clientId) {
    return view(clientId);
  }

  private MerchantView view(String clientId) {
    OpttyMerchant effective = merchants.of(clientId);
    return new MerchantView(
        clientId,
        effective.webhookUrl(),
        effective.redirectUrl(),
        effective.paymentSecret() != null);
  }

  /** The secret itself is never echoed. */
  @Serdeable
  record MerchantView(
      String clientId, String webhookUrl, String redirectUrl, boolean paymentSecretSet) {}
}
