package dev.hppgateway.bootstrap.cli;

import dev.hppgateway.adapter.persistence.JdbcStores;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.impl.LogbackLoggingSystem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  private static final String WEBHOOK_SECRET = "--webhook-secret";

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
    return run(args, environment, Map.of(), System.in, out, System.err);
  }

  /** As {@link #run(String[], String, Map, InputStream, PrintStream, PrintStream)}, no input. */
  public static int run(
      String[] args,
      String environment,
      Map<String, Object> overrides,
      PrintStream out,
      PrintStream err) {
    return run(args, environment, overrides, InputStream.nullInputStream(), out, err);
  }

  /**
   * Runs {@code args} ({@value #COMMAND} first).
   *
   * @param environment the Micronaut environment whose configuration names the database
   * @param overrides settings that win over the configuration (tests)
   * @param in where {@code --webhook-secret -} reads the secret from (its first line), so that it
   *     appears in no process list or shell history
   * @return the exit code
   */
  public static int run(
      String[] args,
      String environment,
      Map<String, Object> overrides,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    List<String> words = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    MerchantCommand command;
    try {
      command = MerchantCommand.parse(secretFromInput(words, in));
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

  /**
   * {@code words} with the value {@code -} of {@code --webhook-secret} replaced by a line of in.
   */
  private static List<String> secretFromInput(List<String> words, InputStream in) {
    List<String> result = new ArrayList<>(words);
    for (int i = 0; i < result.size(); i++) {
      boolean separate =
          result.get(i).equals(WEBHOOK_SECRET)
              && i + 1 < result.size()
              && "-".equals(result.get(i + 1));
      if (separate || result.get(i).equals(WEBHOOK_SECRET + "=-")) {
        String secret = firstLine(in);
        if (separate) {
          result.set(i + 1, secret);
        } else {
          result.set(i, WEBHOOK_SECRET + "=" + secret);
        }
      }
    }
    return result;
  }

  private static String firstLine(InputStream in) {
    try {
      String line =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isBlank()) {
        throw new UsageException(WEBHOOK_SECRET + " - found no secret on the standard input");
      }
      return line.strip();
    } catch (IOException e) {
      throw new UsageException(WEBHOOK_SECRET + " - could not read the standard input");
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
