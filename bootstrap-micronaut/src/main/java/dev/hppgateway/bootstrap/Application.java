package dev.hppgateway.bootstrap;

import dev.hppgateway.bootstrap.cli.MerchantsCli;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service: the gateway core wired by {@link GatewayFactory}, on Micronaut. It runs in the
 * {@value #ENVIRONMENT} environment, which holds its configuration ({@code
 * application-service.yml}) and its beans, so that other Micronaut contexts on the same class path
 * (the sandbox started by the embedded demo) stay free of them. A missing or wrong setting stops it
 * with one line naming the setting, not a stack trace.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "hpp-gateway",
            version = "v1",
            description =
                "Hosted payment pages over Klarna Payments, Kustom Checkout and Optty, behind one"
                    + " API."))
public final class Application extends Micronaut {
  public static final String ENVIRONMENT = "service";

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private Application() {}

  /**
   * Starts the service; {@code merchants …} instead runs an operator command against its database
   * and exits (see {@link MerchantsCli}).
   */
  public static void main(String[] args) {
    if (args.length > 0 && MerchantsCli.COMMAND.equals(args[0])) {
      System.exit(MerchantsCli.runFromMain(args, ENVIRONMENT));
    }
    new Application().args(args).mainClass(Application.class).environments(ENVIRONMENT).start();
  }

  @Override
  protected void handleStartupException(Environment environment, Throwable exception) {
    Optional<String> setting = configurationProblem(exception);
    if (setting.isEmpty()) {
      super.handleStartupException(environment, exception);
      return;
    }
    LOG.error("hpp-gateway did not start: {}", setting.get());
    System.exit(1);
  }

  /**
   * The one-line message of the configuration problem that stopped the start-up, if that is what
   * stopped it: the innermost {@link ConfigurationException} in the chain of causes.
   */
  static Optional<String> configurationProblem(Throwable exception) {
    String message = null;
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConfigurationException && t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return Optional.ofNullable(message).map(m -> m.lines().findFirst().orElse(m));
  }
}
