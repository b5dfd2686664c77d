package dev.hppgateway.bootstrap;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The service: the gateway core wired by {@link GatewayFactory}, on Micronaut. It runs in the
 * {@value #ENVIRONMENT} environment, which holds its configuration ({@code
 * application-service.yml}) and its beans, so that other Micronaut contexts on the same class path
 * (the sandbox started by the embedded demo) stay free of them.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "hpp-gateway",
            version = "v1",
            description =
                "Hosted payment pages over Klarna Payments, Kustom Checkout and Optty, behind one"
                    + " API."))
public final class Application {
  public static final String ENVIRONMENT = "service";

  private Application() {}

  public static void main(String[] args) {
    Micronaut.build(args).mainClass(Application.class).environments(ENVIRONMENT).start();
  }
}
