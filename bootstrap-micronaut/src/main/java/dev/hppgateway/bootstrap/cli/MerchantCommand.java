package dev.hppgateway.bootstrap.cli;

import dev.hppgateway.bootstrap.api.WebhookSecrets;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.MerchantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code merchants} subcommand, parsed from the words after {@code merchants}: {@code add},
 * {@code list}, {@code rotate-key}, {@code retire-previous-key}, {@code rotate-webhook-secret},
 * {@code retire-previous-webhook-secret} or {@code help}.
 */
sealed interface MerchantCommand {

  /** Adds a merchant with a new API key. */
  record Add(MerchantId id, String name, String webhookUrl, String webhookSecret)
      implements MerchantCommand {
    @Override
    public String toString() {
      return "Add[" + id + ", " + name + "]";
    }
  }

  /** Lists every merchant. */
  record ListAll() implements MerchantCommand {}

  /** Gives a merchant a new current API key, keeping (or, with retirePrevious, ending) the old. */
  record RotateKey(MerchantId id, boolean retirePrevious) implements MerchantCommand {}

  /** Stops accepting a merchant's previous API key. */
  record RetirePreviousKey(MerchantId id) implements MerchantCommand {}

  /** Gives a merchant a new webhook secret, still signing with the old one until retired. */
  record RotateWebhookSecret(MerchantId id, String webhookSecret) implements MerchantCommand {
    @Override
    public String toString() {
      return "RotateWebhookSecret[" + id + "]";
    }
  }

  /** Stops signing a merchant's webhooks with its previous secret. */
  record RetirePreviousWebhookSecret(MerchantId id) implements MerchantCommand {}

  /** Prints the usage. */
  record Help() implements MerchantCommand {}

  String USAGE =
      """
      Usage: java -jar hpp-gateway.jar merchants <command> [options]
        add --id ID --name NAME [--webhook-url URL] [--webhook-secret SECRET]
            adds a merchant and prints its new API key, once
            (--webhook-secret - reads the secret from the first line of the standard input)
        list
            lists the merchants: id, name, webhook URL, API keys (never keys, hashes or secrets)
        rotate-key --id ID [--retire-previous]
            prints a new API key, once; the old one keeps working until retired
            (with --retire-previous it stops at once)
        retire-previous-key --id ID
            stops accepting the merchant's previous API key
        rotate-webhook-secret --id ID --webhook-secret SECRET
            signs webhooks with the new secret and, until retired, the old one too
            (one v1= each in Hpp-Signature; --webhook-secret - reads it from the standard input)
        retire-previous-webhook-secret --id ID
            stops signing webhooks with the merchant's previous secret
      It works on the service's database (datasources.default.url, .username, .password from
      application-service.yml or the environment, e.g. DATASOURCES_DEFAULT_URL); stop a service
      on the same H2 file database first.
      Exit codes: 0 done, 1 failed, 2 wrong command line.""";

  /**
   * The command {@code words} (what follows {@code merchants}) ask for.
   *
   * @throws UsageException naming what is wrong: an unknown command or option, a missing or
   *     repeated option, a malformed id or webhook secret (which it never repeats)
   */
  static MerchantCommand parse(List<String> words) {
    if (words.isEmpty()) {
      throw new UsageException(
          "a command is missing: add, list, rotate-key, retire-previous-key, rotate-webhook-secret"
              + " or retire-previous-webhook-secret");
    }
    String command = words.get(0);
    List<String> rest = words.subList(1, words.size());
    return switch (command) {
      case "help", "--help", "-h" -> {
        options(rest, Set.of(), Set.of());
        yield new Help();
      }
      case "add" -> {
        Map<String, String> o =
            options(rest, Set.of("--id", "--name", "--webhook-url", "--webhook-secret"), Set.of());
        String secret = o.get("--webhook-secret");
        if (secret != null) {
          checkWebhookSecret(secret);
        }
        yield new Add(id(o), required(o, "--name"), o.get("--webhook-url"), secret);
      }
      case "rotate-webhook-secret" -> {
        Map<String, String> o = options(rest, Set.of("--id", "--webhook-secret"), Set.of());
        String secret = required(o, "--webhook-secret");
        checkWebhookSecret(secret);
        yield new RotateWebhookSecret(id(o), secret);
      }
      case "retire-previous-webhook-secret" ->
          new RetirePreviousWebhookSecret(id(options(rest, Set.of("--id"), Set.of())));
      case "list" -> {
        options(rest, Set.of(), Set.of());
        yield new ListAll();
      }
      case "rotate-key" -> {
        Map<String, String> o = options(rest, Set.of("--id"), Set.of("--retire-previous"));
        yield new RotateKey(id(o), o.containsKey("--retire-previous"));
      }
      case "retire-previous-key" ->
          new RetirePreviousKey(id(options(rest, Set.of("--id"), Set.of())));
      default -> throw new UsageException("unknown command '" + printable(command) + "'");
    };
  }

  private static void checkWebhookSecret(String secret) {
    WebhookSecrets.problem(secret)
        .ifPresent(
            problem -> {
              throw new UsageException("--webhook-secret " + problem);
            });
  }

  private static MerchantId id(Map<String, String> options) {
    try {
      return MerchantId.of(required(options, "--id"));
    } catch (DomainValidationException e) {
      throw new UsageException("--id " + e.reason());
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new UsageException(name + " is required");
    }
    return value;
  }

  /** {@code --name value} pairs (or {@code --name=value}) and flags, each at most once. */
  private static Map<String, String> options(
      List<String> words, Set<String> withValue, Set<String> flags) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("--")) {
        // never repeated: a stray word may be a key or a secret typed in the wrong place
        throw new UsageException(
            "unexpected word at position " + (i + 2) + ": options start with --");
      }
      String name = word;
      String value = null;
      int eq = word.indexOf('=');
      if (eq > 0) {
        name = word.substring(0, eq);
        value = word.substring(eq + 1);
      }
      if (flags.contains(name) && value == null) {
        value = "";
      } else if (!withValue.contains(name)) {
        throw new UsageException("unknown option '" + printable(name) + "'");
      } else if (value == null) {
        if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) {
          throw new UsageException(name + " needs a value");
        }
        value = words.get(++i);
      }
      if (options.put(name, value) != null) {
        throw new UsageException(name + " is given twice");
      }
    }
    return options;
  }

  /** A word of the command line fit to repeat in a one-line message. */
  private static String printable(String word) {
    String cut = word.length() > 40 ? word.substring(0, 40) + "…" : word;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
