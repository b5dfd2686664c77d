package dev.hppgateway.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.adapter.persistence.JdbcStores;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.bootstrap.api.ApiKeys;
import dev.hppgateway.domain.Merchant;
import dev.hppgateway.domain.MerchantId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code merchants} commands end to end on H2 (in memory, kept between the runs of a test),
 * with the service's configuration naming the database, as {@code java -jar} runs them.
 */
class MerchantsCliTest {
  private static final Pattern KEY = Pattern.compile("API key: (hppk_\\S+)");
  private static final String SECRET = "whsec_" + "b".repeat(40);
  private static final MerchantId SHOP = MerchantId.of("shop-1");

  private final String url =
      "jdbc:h2:mem:cli-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  /** One run: its exit code, standard output and error output. */
  record Run(int exitCode, String out, String err) {
    String key() {
      Matcher matcher = KEY.matcher(out);
      assertThat(matcher.find()).as(out).isTrue();
      String key = matcher.group(1);
      assertThat(matcher.find()).as("the key is printed once").isFalse();
      return key;
    }
  }

  private Run run(String... words) {
    return run(Map.of("datasources.default.url", url), words);
  }

  private static Run run(Map<String, Object> settings, String... words) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = new String[words.length + 1];
    args[0] = "merchants";
    System.arraycopy(words, 0, args, 1, words.length);
    int code =
        MerchantsCli.run(
            args,
            Application.ENVIRONMENT,
            settings,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Merchant stored(MerchantId id) {
    try (JdbcStores stores = JdbcStores.open(url, "sa", "")) {
      return stores.merchants().findById(id).orElseThrow();
    }
  }

  @Test
  void addPrintsTheNewKeyOnceAndStoresOnlyItsHash() {
    Run added =
        run(
            "add",
            "--id",
            "shop-1",
            "--name",
            "Shop One AB",
            "--webhook-url",
            "https://shop.example/hooks",
            "--webhook-secret",
            SECRET);

    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.err()).isEmpty();
    String key = added.key();
    assertThat(ApiKeys.wellFormed(key)).isTrue();
    assertThat(added.out())
        .contains("Added merchant 'shop-1'.")
        .contains(MerchantConsole.SHOWN_ONCE)
        .doesNotContain(SECRET)
        .doesNotContain(ApiKeys.hash(key));
    assertThat(stored(SHOP))
        .isEqualTo(
            new Merchant(
                SHOP,
                "Shop One AB",
                ApiKeys.hash(key),
                "https://shop.example/hooks",
                SECRET,
                null));
  }

  @Test
  void theWebhookSecretCanComeFromTheStandardInput() {
    for (String[] option : new String[][] {{"--webhook-secret", "-"}, {"--webhook-secret=-"}}) {
      String id = "stdin-" + option.length;
      List<String> words = new ArrayList<>(List.of("add", "--id", id, "--name", "Shop"));
      words.addAll(List.of(option));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      List<String> args = new ArrayList<>(List.of("merchants"));
      args.addAll(words);

      int code =
          MerchantsCli.run(
              args.toArray(String[]::new),
              Application.ENVIRONMENT,
              Map.of("datasources.default.url", url),
              new ByteArrayInputStream((SECRET + "\n").getBytes(StandardCharsets.UTF_8)),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));

      assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(stored(MerchantId.of(id)).webhookSecretRef()).isEqualTo(SECRET);
    }
    Run noInput = run("add", "--id", "shop-1", "--name", "Shop", "--webhook-secret", "-");
    assertThat(noInput.exitCode()).isEqualTo(MerchantsCli.USAGE);
    assertThat(noInput.err()).startsWith("merchants: --webhook-secret - found no secret");
  }

  @Test
  void listShowsEveryMerchantWithoutKeysHashesOrSecrets() {
    String key =
        run("add", "--id", "shop-1", "--name", "Shop One", "--webhook-secret", SECRET).key();
    run("add", "--id", "shop-2", "--name", "Shop Two", "--webhook-url", "https://two.example/h");
    String rotated = run("rotate-key", "--id", "shop-2").key();

    Run list = run("list");

    assertThat(list.exitCode()).isZero();
    assertThat(list.out().lines())
        .hasSize(3)
        .satisfies(
            lines -> assertThat(lines.get(0)).matches("ID +NAME +API KEYS +SECRET +WEBHOOK URL"))
        .satisfies(lines -> assertThat(lines.get(1)).matches("shop-1 +Shop One +1 +set +-"))
        .satisfies(
            lines ->
                assertThat(lines.get(2))
                    .matches("shop-2 +Shop Two +2 \\(\\+prev\\) +- +https://two\\.example/h"));
    assertThat(list.out())
        .doesNotContain(key)
        .doesNotContain(rotated)
        .doesNotContain(ApiKeys.hash(key))
        .doesNotContain(ApiKeys.hash(rotated))
        .doesNotContain(SECRET);
    assertThat(run("list").out()).isEqualTo(list.out());
  }

  @Test
  void rotateWebhookSecretSignsWithBothUntilTheOldOneIsRetired() {
    run("add", "--id", "shop-1", "--name", "Shop", "--webhook-secret", SECRET);
    String next = "whsec_" + "c".repeat(40);
    String third = "whsec_" + "d".repeat(40);

    Run rotation = run("rotate-webhook-secret", "--id", "shop-1", "--webhook-secret", next);

    assertThat(rotation.exitCode()).as(rotation.err()).isZero();
    assertThat(rotation.out())
        .contains("New webhook secret for merchant 'shop-1'.")
        .contains("retire-previous-webhook-secret --id shop-1")
        .doesNotContain(next)
        .doesNotContain(SECRET);
    assertThat(stored(SHOP).webhookSecrets()).containsExactly(next, SECRET);
    assertThat(run("list").out().lines().skip(1).findFirst().orElseThrow())
        .matches("shop-1 +Shop +1 +2 \\(\\+prev\\) +-");

    run("rotate-webhook-secret", "--id", "shop-1", "--webhook-secret", third);
    assertThat(stored(SHOP).webhookSecrets())
        .as("a second rotation drops the oldest")
        .containsExactly(third, next);

    Run retired = run("retire-previous-webhook-secret", "--id", "shop-1");
    assertThat(retired.exitCode()).isZero();
    assertThat(stored(SHOP).webhookSecrets()).containsExactly(third);
    assertThat(run("retire-previous-webhook-secret", "--id", "shop-1").out())
        .contains("nothing to retire");

    Run same = run("rotate-webhook-secret", "--id", "shop-1", "--webhook-secret", third);
    assertThat(same.exitCode()).isEqualTo(MerchantsCli.USAGE);
    assertThat(same.err()).contains("current webhook secret").doesNotContain(third);
    Run weak = run("rotate-webhook-secret", "--id", "shop-1", "--webhook-secret", "short");
    assertThat(weak.exitCode()).isEqualTo(MerchantsCli.USAGE);
    assertThat(weak.err()).startsWith("merchants: --webhook-secret ").doesNotContain("short");
  }

  @Test
  void aFirstWebhookSecretGivenByRotationIsJustTheSecret() {
    run("add", "--id", "shop-1", "--name", "Shop");

    Run rotation = run("rotate-webhook-secret", "--id", "shop-1", "--webhook-secret", SECRET);

    assertThat(rotation.exitCode()).as(rotation.err()).isZero();
    assertThat(stored(SHOP).webhookSecrets()).containsExactly(SECRET);
  }

  @Test
  void listOfNoMerchants() {
    Run list = run("list");

    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).isEqualTo("No merchants." + System.lineSeparator());
  }

  @Test
  void rotateKeepsThePreviousKeyUntilRetiredAndASecondRotationDropsTheOldest() {
    String first = run("add", "--id", "shop-1", "--name", "Shop").key();

    Run rotation = run("rotate-key", "--id", "shop-1");
    String second = rotation.key();

    assertThat(rotation.exitCode()).isZero();
    assertThat(second).isNotEqualTo(first);
    assertThat(rotation.out())
        .contains(MerchantConsole.SHOWN_ONCE)
        .contains(
            "The previous key keeps working until 'merchants retire-previous-key --id shop-1'.");
    assertThat(stored(SHOP).apiKeyHashes())
        .containsExactly(ApiKeys.hash(second), ApiKeys.hash(first));

    String third = run("rotate-key", "--id", "shop-1").key();
    assertThat(stored(SHOP).apiKeyHashes())
        .containsExactly(ApiKeys.hash(third), ApiKeys.hash(second));

    Run retired = run("retire-previous-key", "--id", "shop-1");
    assertThat(retired.exitCode()).isZero();
    assertThat(retired.out()).contains("Retired the previous API key of merchant 'shop-1'");
    assertThat(stored(SHOP).apiKeyHashes()).containsExactly(ApiKeys.hash(third));

    Run again = run("retire-previous-key", "--id", "shop-1");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("has no previous API key: nothing to retire");
  }

  @Test
  void rotateWithRetirePreviousEndsTheOldKeyAtOnce() {
    run("add", "--id", "shop-1", "--name", "Shop");

    Run rotation = run("rotate-key", "--id", "shop-1", "--retire-previous");

    assertThat(rotation.exitCode()).isZero();
    assertThat(stored(SHOP).apiKeyHashes()).containsExactly(ApiKeys.hash(rotation.key()));
  }

  @Test
  void anUnknownOrExistingMerchantFailsWithOneLineAndExitCode1() {
    for (String[] words :
        new String[][] {
          {"rotate-key", "--id", "nobody"}, {"retire-previous-key", "--id", "nobody"}
        }) {
      Run failed = run(words);
      assertThat(failed.exitCode()).isEqualTo(MerchantsCli.FAILED);
      assertThat(failed.err())
          .isEqualTo("merchants: no merchant 'nobody'" + System.lineSeparator());
      assertThat(failed.out()).isEmpty();
    }
    run("add", "--id", "shop-1", "--name", "Shop");
    Merchant before = stored(SHOP);

    Run again = run("add", "--id", "shop-1", "--name", "Other");

    assertThat(again.exitCode()).isEqualTo(MerchantsCli.FAILED);
    assertThat(again.err())
        .isEqualTo("merchants: merchant 'shop-1' already exists" + System.lineSeparator());
    assertThat(again.out()).doesNotContain("hppk_");
    assertThat(stored(SHOP)).isEqualTo(before);
  }

  @Test
  void aWrongCommandLineIsExitCode2WithTheUsageAndTouchesNoDatabase() {
    Run wrong = run(Map.of("datasources.default.url", "jdbc:nowhere"), "rotate-key");

    assertThat(wrong.exitCode()).isEqualTo(MerchantsCli.USAGE);
    assertThat(wrong.err())
        .startsWith("merchants: --id is required" + System.lineSeparator())
        .contains(MerchantCommand.USAGE);
    assertThat(wrong.out()).isEmpty();

    Run badUrl = run("add", "--id", "shop-1", "--name", "Shop", "--webhook-url", "ftp://x/{{y}}");
    assertThat(badUrl.exitCode()).isEqualTo(MerchantsCli.USAGE);
    assertThat(badUrl.err()).startsWith("merchants: --webhook-url ").doesNotContain("\tat ");
    assertThat(badUrl.out()).doesNotContain("hppk_");

    Run help = run(Map.of(), "help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains(MerchantCommand.USAGE);
  }

  @Test
  void anUnreachableDatabaseIsOneLineWithoutThePassword() {
    Run failed =
        run(
            Map.of(
                "datasources.default.url",
                "jdbc:postgresql://127.0.0.1:9/nowhere",
                "datasources.default.username",
                "ops",
                "datasources.default.password",
                "pw-very-secret"),
            "list");

    assertThat(failed.exitCode()).isEqualTo(MerchantsCli.FAILED);
    assertThat(failed.err().lines()).hasSize(1);
    assertThat(failed.err())
        .startsWith(
            "merchants: could not open the gateway's stores at jdbc:postgresql://127.0.0.1:9/nowhere")
        .doesNotContain("pw-very-secret");
  }

  @Test
  void withoutOverridesTheServiceConfigurationAndItsSourcesNameTheDatabase() {
    // as DATASOURCES_DEFAULT_URL would in the environment; username and password from the yml
    System.setProperty("datasources.default.url", url);
    try {
      assertThat(run(Map.of(), "add", "--id", "shop-1", "--name", "Shop").exitCode()).isZero();
    } finally {
      System.clearProperty("datasources.default.url");
    }

    assertThat(stored(SHOP).name()).isEqualTo("Shop");
  }
}
