package dev.hppgateway.bootstrap.cli;

import dev.hppgateway.adapter.persistence.JdbcStores;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.impl.LogbackLoggingSystem;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar hpp-gateway.jar merchants add|list|rotate-key|retire-previous-key …}: the
 * operator's merchant commands, run against the service's configured database and without its HTTP
 * server. Problems are one line on the error stream, never a stack trace; the exit code is 0 when
 * done, 1 when it failed and 2 for a wrong command line.
 */
public final class MerchantsCli {
  /** The first word of the command line that selects these commands. */
  public static final String COMMAND = "merchants";

  public static final int DONE = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private MerchantsCli() {}

  /**
   * Runs {@code args} ({@value #COMMAND} first) from {@code main}: the log is quieted to warnings
   * on the error stream, so that the standard output holds only what the command prints.
   */
  public static int runFromMain(String[] args, String environment) {
    PrintStream out = System.out;
    System.setOut(System.err);
    try {
      new LogbackLoggingSystem(null, null).setLogLevel("ROOT", LogLevel.WARN);
    } catch (RuntimeException | LinkageError noLogback) {
      // another logging backend: its own configuration decides
    }
    return run(args, environment, Map.of(), out, System.err);
  }

  /**
   * Runs {@code args} ({@value #COMMAND} first).
   *
   * @param environment the Micronaut environment whose configuration names the database
   * @param overrides settings that win over the configuration (tests)
   * @return the exit code
   */
  public static int run(
      String[] args,
      String environment,
      Map<String, Object> overrides,
      PrintStream out,
      PrintStream err) {
    List<String> words = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    MerchantCommand command;
    try {
      command = MerchantCommand.parse(words);
    } catch (UsageException e) {
      err.println("merchants: " + e.getMessage());
      err.println(MerchantCommand.USAGE);
      return USAGE;
    }
    if (command instanceof MerchantCommand.Help) {
      out.println(MerchantCommand.USAGE);
      return DONE;
    }
    try (JdbcStores stores = open(environment, overrides)) {
      new MerchantConsole(stores.merchants(), out).run(command);
      return DONE;
    } catch (UsageException e) {
      err.println("merchants: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      err.println("merchants: " + redacted(oneLine(e), command));
      return FAILED;
    }
  }

  /** The stores on the database of {@code datasources.default.*}, as the service configures it. */
  private static JdbcStores open(String environment, Map<String, Object> overrides) {
    ApplicationContext context =
        ApplicationContext.builder()
            .environments(environment)
            .deduceEnvironment(false)
            .banner(false)
            .properties(overrides)
            .build();
    Environment settings = context.getEnvironment().start();
    try {
      String url =
          settings
              .getProperty("datasources.default.url", String.class)
              .filter(value -> !value.isBlank())
              .orElseThrow(() -> new CommandFailedException("datasources.default.url is not set"));
      return JdbcStores.open(
          url,
          settings.getProperty("datasources.default.username", String.class).orElse(""),
          settings.getProperty("datasources.default.password", String.class).orElse(""));
    } finally {
      settings.stop();
    }
  }

  /** Without key hashes (a database's words may quote them) or the webhook secret given. */
  private static String redacted(String message, MerchantCommand command) {
    String result = message.replaceAll("[0-9a-fA-F]{64}", "…");
    if (command instanceof MerchantCommand.Add add && add.webhookSecret() != null) {
      result = result.replace(add.webhookSecret(), "****");
    }
    return result;
  }

  private static String oneLine(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
