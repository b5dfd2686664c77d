package dev.hppgateway.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What invoker:run left of examples/embedded-shop: its program ran to the end and returned (within
 * exec:exec's timeout), the pages ended as its shopper left them, and every Micronaut artifact on
 * its classpath is the version the Micronaut platform BOM of this build manages.
 */
class ConsumerRunIT {
  private static final Path CONSUMER = Path.of(System.getProperty("consumer.dir"));
  private static final Pattern LISTED =
      Pattern.compile(
          "^\\s*(io\\.micronaut[\\w.]*):([\\w.-]+):[\\w-]+:(?:[\\w-]+:)?([\\w.-]+):\\w+");

  @Test
  void theShopRanToTheEndAndReturnedFromMain() throws Exception {
    String log = Files.readString(CONSUMER.resolve("build.log"), StandardCharsets.UTF_8);

    assertThat(log)
        .contains("final klarna-kp COMPLETED")
        .contains("final kustom-kco CANCELLED")
        .contains("final optty-direct COMPLETED")
        .contains("webhook hpp_session.completed")
        .contains("embedded-shop done, returning from main")
        .contains("BUILD SUCCESS")
        .doesNotContain("NoSuchFieldError")
        .doesNotContain("NoSuchMethodError");
  }

  @Test
  void everyMicronautArtifactOfTheConsumerIsFromThePlatformsReleaseLines() throws Exception {
    List<String> listed =
        Files.readAllLines(CONSUMER.resolve("target/dependencies.txt"), StandardCharsets.UTF_8);
    Properties platform = platformVersions();
    Map<String, String> micronaut = new TreeMap<>();
    for (String line : listed) {
      Matcher m = LISTED.matcher(line);
      if (m.find()) {
        micronaut.put(m.group(1) + ":" + m.group(2), m.group(3));
      }
    }

    assertThat(micronaut)
        .as("the consumer resolves Micronaut core, HTTP client and serde")
        .containsKeys(
            "io.micronaut:micronaut-core",
            "io.micronaut:micronaut-inject",
            "io.micronaut:micronaut-http",
            "io.micronaut:micronaut-http-client",
            "io.micronaut.serde:micronaut-serde-jackson");
    micronaut.forEach(
        (artifact, version) -> {
          String group = artifact.substring(0, artifact.indexOf(':'));
          String property =
              group.equals("io.micronaut")
                  ? "micronaut.core.version"
                  : "micronaut." + group.substring("io.micronaut.".length()) + ".version";
          assertThat(version)
              .as("%s (platform property %s)", artifact, property)
              .isEqualTo(platform.getProperty(property));
        });
  }

  /** The versions the imported micronaut-platform pom sets, from the consumer's repository. */
  private static Properties platformVersions() throws Exception {
    Path rootPom = Poms.ROOT.resolve("pom.xml");
    String version = Poms.properties(Poms.parse(rootPom)).getProperty("micronaut.platform.version");
    Path repo = Path.of(System.getProperty("it.repo"));
    Path pom =
        repo.resolve(
            "io/micronaut/platform/micronaut-platform/"
                + version
                + "/micronaut-platform-"
                + version
                + ".pom");
    return Poms.properties(Poms.parse(pom));
  }
}
