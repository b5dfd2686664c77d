package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No secret a test used ({@link TestSecrets}) appears in any log line the test run captured: the
 * surefire/failsafe JVMs' logback file ({@code target/test-logs/surefire.log}) and the output of
 * every service jar process the tests started ({@link ServiceJar}: {@code
 * target/service-jar-*.log}, from {@link ServiceJarProcessIT} and the reliability process tests).
 * Runs in its own failsafe execution, after every other test.
 */
class SecretsNeverLoggedIT {

  private static final Path TEST_LOG = Path.of("target", "test-logs", "surefire.log");
  private static final String JAR_LOGS = "service-jar-*.log";

  @Test
  void noSecretInAnyCapturedLog() throws Exception {
    assertThat(TEST_LOG).as("the test run's captured log").isRegularFile();
    assertThat(Files.size(TEST_LOG)).as("the test run's captured log is not empty").isPositive();
    List<Path> logs = new ArrayList<>(List.of(TEST_LOG));
    try (DirectoryStream<Path> jarLogs = Files.newDirectoryStream(Path.of("target"), JAR_LOGS)) {
      for (Path jarLog : jarLogs) {
        logs.add(jarLog);
      }
    }
    List<Pattern> patterns = new ArrayList<>(TestSecrets.GENERATED);
    TestSecrets.FIXED.stream().map(TestSecrets::whole).forEach(patterns::add);

    List<String> findings = new ArrayList<>();
    long lines = 0;
    for (Path log : logs) {
      List<String> read = Files.readAllLines(log, StandardCharsets.UTF_8);
      lines += read.size();
      for (int i = 0; i < read.size(); i++) {
        for (Pattern pattern : patterns) {
          Matcher matcher = pattern.matcher(read.get(i));
          while (matcher.find()) {
            findings.add(TestSecrets.masked(matcher.group()) + " in " + log + " line " + (i + 1));
          }
        }
      }
    }
    System.out.println(
        "SecretsNeverLoggedIT scanned "
            + lines
            + " lines in "
            + logs
            + " for "
            + patterns.size()
            + " secret patterns");
    assertThat(findings).as("secrets found in captured logs").isEmpty();
  }
}
