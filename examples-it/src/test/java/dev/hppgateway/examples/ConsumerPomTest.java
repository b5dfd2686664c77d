package dev.hppgateway.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.examples.Poms.Dependency;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The README's "Embedded library" Maven snippet is what examples/embedded-shop declares, and the
 * BOM it imports pins this build: its version, every module of the reactor, the same Micronaut
 * platform as the root pom.
 */
class ConsumerPomTest {
  private static final Path README = Poms.ROOT.resolve("README.md");
  private static final Path EXAMPLE_POM = Poms.ROOT.resolve("examples/embedded-shop/pom.xml");
  private static final Path ROOT_POM = Poms.ROOT.resolve("pom.xml");
  private static final Path BOM_POM = Poms.ROOT.resolve("bom/pom.xml");

  /** The README's one {@code xml} block that imports the BOM, wrapped to parse as a pom. */
  static Document readmeSnippet() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher blocks = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    String snippet = null;
    while (blocks.find()) {
      if (blocks.group(1).contains("<artifactId>hpp-gateway-bom</artifactId>")) {
        assertThat(snippet).as("one README snippet imports the BOM").isNull();
        snippet = blocks.group(1);
      }
    }
    assertThat(snippet).as("the README shows the BOM import in an xml block").isNotNull();
    return Poms.parse("<project>" + snippet + "</project>");
  }

  @Test
  void theReadmeSnippetIsWhatTheExampleDeclares() throws Exception {
    Document snippet = readmeSnippet();
    Document example = Poms.parse(EXAMPLE_POM);

    assertThat(Poms.managed(snippet)).isNotEmpty().isEqualTo(Poms.managed(example));
    assertThat(Poms.declared(snippet)).isNotEmpty().isEqualTo(Poms.declared(example));
  }

  @Test
  void theExampleImportsOnlyTheBomOfThisBuildAndHasNoParent() throws Exception {
    Document example = Poms.parse(EXAMPLE_POM);
    String version = Poms.text(Poms.parse(ROOT_POM).getDocumentElement(), "version");

    assertThat(Poms.child(example.getDocumentElement(), "parent")).isNull();
    assertThat(Poms.managed(example))
        .containsExactly(
            new Dependency("dev.hppgateway", "hpp-gateway-bom", version, "pom", "import"));
    assertThat(Poms.declared(example))
        .as("versions come from the BOM")
        .allSatisfy(d -> assertThat(d.version()).isEmpty());
  }

  @Test
  void theBomPinsEveryModuleOfThisBuildAndTheRootsMicronautPlatform() throws Exception {
    Document root = Poms.parse(ROOT_POM);
    Document bom = Poms.parse(BOM_POM);
    String version = Poms.text(root.getDocumentElement(), "version");
    String platform = Poms.properties(root).getProperty("micronaut.platform.version");

    assertThat(Poms.text(bom.getDocumentElement(), "version")).isEqualTo(version);
    assertThat(Poms.child(bom.getDocumentElement(), "parent"))
        .as("no parent: the root's test libraries and plugins stay out of consumers")
        .isNull();
    assertThat(Poms.properties(bom).getProperty("micronaut.platform.version")).isEqualTo(platform);
    assertThat(Poms.managed(bom))
        .contains(
            new Dependency(
                "io.micronaut.platform",
                "micronaut-platform",
                "${micronaut.platform.version}",
                "pom",
                "import"));

    List<String> published =
        Poms.modules(root).stream()
            .filter(m -> !m.equals("bom") && !m.equals("examples-it"))
            .map(m -> "hpp-gateway-" + m)
            .toList();
    List<String> pinned =
        Poms.managed(bom).stream()
            .filter(d -> d.groupId().equals("dev.hppgateway") && d.type().isEmpty())
            .peek(d -> assertThat(d.version()).isEqualTo("${project.version}"))
            .map(Dependency::artifactId)
            .toList();
    assertThat(pinned).containsExactlyInAnyOrderElementsOf(published);
    for (String module : published) {
      assertThat(Files.exists(Poms.ROOT.resolve(module.substring("hpp-gateway-".length()))))
          .isTrue();
    }
  }
}
