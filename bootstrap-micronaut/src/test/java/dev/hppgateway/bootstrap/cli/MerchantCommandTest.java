package dev.hppgateway.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hppgateway.domain.MerchantId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MerchantCommandTest {
  private static final String SECRET = "whsec_" + "a".repeat(40);

  private static MerchantCommand parse(String... words) {
    return MerchantCommand.parse(List.of(words));
  }

  @Test
  void addTakesItsOptionsInAnyOrderAndEitherForm() {
    assertThat(
            parse(
                "add",
                "--webhook-secret=" + SECRET,
                "--name",
                "Shop One AB",
                "--id",
                "shop-1",
                "--webhook-url",
                "https://shop.example/hooks"))
        .isEqualTo(
            new MerchantCommand.Add(
                MerchantId.of("shop-1"), "Shop One AB", "https://shop.example/hooks", SECRET));
    assertThat(parse("add", "--id", "shop-1", "--name", "Shop"))
        .isEqualTo(new MerchantCommand.Add(MerchantId.of("shop-1"), "Shop", null, null));
  }

  @Test
  void theOtherCommands() {
    assertThat(parse("list")).isEqualTo(new MerchantCommand.ListAll());
    assertThat(parse("rotate-key", "--id", "shop-1"))
        .isEqualTo(new MerchantCommand.RotateKey(MerchantId.of("shop-1"), false));
    assertThat(parse("rotate-key", "--retire-previous", "--id=shop-1"))
        .isEqualTo(new MerchantCommand.RotateKey(MerchantId.of("shop-1"), true));
    assertThat(parse("retire-previous-key", "--id", "shop-1"))
        .isEqualTo(new MerchantCommand.RetirePreviousKey(MerchantId.of("shop-1")));
    assertThat(parse("help")).isEqualTo(new MerchantCommand.Help());
    assertThat(parse("--help")).isEqualTo(new MerchantCommand.Help());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|a command is missing: add, list, rotate-key, retire-previous-key, rotate-webhook-secret or retire-previous-webhook-secret",
        "remove --id shop-1|unknown command 'remove'",
        "add --name Shop|--id is required",
        "add --id shop-1|--name is required",
        "add --id shop-1 --name|--name needs a value",
        "add --id shop-1 --name --webhook-url|--name needs a value",
        "add --id a --id b --name Shop|--id is given twice",
        "add --id shop/1 --name Shop|--id may hold only letters, digits, _ and -",
        "list --all|unknown option '--all'",
        "rotate-key|--id is required",
        "rotate-key --id shop-1 --retire-previous=yes|unknown option '--retire-previous'",
        "retire-previous-key --id shop-1 --retire-previous|unknown option '--retire-previous'",
        "rotate-webhook-secret --id shop-1|--webhook-secret is required",
        "retire-previous-webhook-secret|--id is required",
      })
  void aWrongCommandLineSaysWhatIsWrong(String line, String message) {
    String[] words = line.isEmpty() ? new String[0] : line.split(" ");

    assertThatThrownBy(() -> parse(words)).isInstanceOf(UsageException.class).hasMessage(message);
  }

  @Test
  void aBadWebhookSecretOrAStrayWordIsNeverRepeated() {
    for (String secret : List.of("short-secret-123", "a".repeat(20) + " " + "a".repeat(20))) {
      assertThatThrownBy(
              () -> parse("add", "--id", "shop-1", "--name", "Shop", "--webhook-secret", secret))
          .isInstanceOf(UsageException.class)
          .hasMessage(
              "--webhook-secret must be 32 to 1024 printable ASCII characters without spaces")
          .hasMessageNotContaining(secret);
    }
    assertThatThrownBy(() -> parse("add", "--id", "shop-1", "--name", "Shop", SECRET))
        .isInstanceOf(UsageException.class)
        .hasMessage("unexpected word at position 6: options start with --");
  }

  @Test
  void theUsageNamesEveryCommandAndTheExitCodes() {
    assertThat(MerchantCommand.USAGE)
        .contains("merchants <command>")
        .contains("add --id ID --name NAME [--webhook-url URL] [--webhook-secret SECRET]")
        .contains("list")
        .contains("rotate-key --id ID [--retire-previous]")
        .contains("retire-previous-key --id ID")
        .contains("0 done, 1 failed, 2 wrong command line");
  }
}
