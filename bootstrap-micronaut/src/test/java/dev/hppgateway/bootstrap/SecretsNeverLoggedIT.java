package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No secret a test used ({@link TestSecrets}) appears in any log line the test run captured: the
 * surefire/failsafe JVMs' logback file ({@code target/test-logs/surefire.log}), the output of every
 * service jar process the tests started ({@link ServiceJar}: {@code target/service-jar-*.log}, from
 * {@link ServiceJarProcessIT} and the reliability process tests), and those of the modules built
 * before this one (their logback files and every test class's redirected output, {@code
 * target/surefire-reports/*-output.txt}, which holds the System.Logger lines of domain and
 * application). Runs in its own failsafe execution, after every other test of the reactor but the
 * examples. Under {@code CI=true} (a whole {@code mvn verify}) every module's tests must have run.
 */
class SecretsNeverLoggedIT {

  private static final Path TEST_LOG = Path.of("target", "test-logs", "surefire.log");
  private static final String JAR_LOGS = "service-jar-*.log";

  /** The modules built before this one whose tests' output is scanned too. */
  private static final List<String> OTHER_MODULES =
      List.of(
          "domain",
          "application",
          "adapters-provider-http",
          "adapters-hpp-v1",
          "adapters-klarna-kp",
          "adapters-kustom-kco",
          "adapters-optty-direct",
          "adapters-persistence",
          "provider-sandbox");

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
    logs.addAll(testOutputs(Path.of("target")));
    boolean wholeBuild = "true".equalsIgnoreCase(System.getenv("CI"));
    for (String module : OTHER_MODULES) {
      Path target = Path.of("..", module, "target");
      List<Path> outputs = testOutputs(target);
      if (wholeBuild) {
        // a test class that printed nothing leaves no output file; its report is always there
        assertThat(target.resolve("surefire-reports"))
            .as("the test reports of " + module + " (its tests ran in this build)")
            .isDirectory();
      }
      logs.addAll(outputs);
      Path moduleLog = target.resolve("test-logs").resolve("surefire.log");
      if (Files.isRegularFile(moduleLog)) {
        logs.add(moduleLog);
      }
    }
    List<Pattern> patterns = new ArrayList<>(TestSecrets.GENERATED);
    TestSecrets.FIXED.stream().map(TestSecrets::whole).forEach(patterns::add);

    List<String> findings = new ArrayList<>();
    long lines = 0;
    for (Path log : logs) {
      List<String> read =
          List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\\R", -1));
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

  /** The redirected stdout/stderr of each test class under {@code target}, if any. */
  private static List<Path> testOutputs(Path target) throws IOException {
    Path reports = target.resolve("surefire-reports");
    if (!Files.isDirectory(reports)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(reports)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith("-output.txt"))
          .sorted()
          .toList();
    }
  }
}
