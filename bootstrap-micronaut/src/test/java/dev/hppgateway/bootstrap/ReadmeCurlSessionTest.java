package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hppgateway.bootstrap.api.BootstrapMerchant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The README's first screen stays true: its two set-up commands are the jar one and the test one
 * that {@code .ci/run} runs (the embedded demo's command follows later), its mutation-testing
 * command is the one {@code .ci/run} runs after the tests, and its curl session, run by {@code
 * bash} and {@code curl} exactly as printed (only {@code localhost:8080} is pointed at this test's
 * port), creates a page per provider that the sandbox's Pay button completes and that the session's
 * read and list commands show. Without bash or curl: skipped locally, failed when CI=true.
 */
@MicronautTest(environments = Application.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeCurlSessionTest implements TestPropertyProvider {
  private static final Path README = Path.of("../README.md");
  private static final Path CI_RUN = Path.of("../.ci/run");
  private static final String README_BASE = "http://localhost:8080";
  private static final Pattern FIELD =
      Pattern.compile("\"(id|provider|redirect_url)\":\"([^\"]+)\"");

  private final int port = freePort();
  private final String base = "http://127.0.0.1:" + port;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "micronaut.server.port",
        String.valueOf(port),
        "micronaut.server.host",
        "127.0.0.1",
        "hpp.public-base-url",
        base,
        "hpp.sandbox.enabled",
        "true",
        "datasources.default.url",
        "jdbc:h2:mem:readme-curl;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @Test
  void theSetUpShowsExactlyTheJarCommandAndTheTestCommandThatCiRuns() throws IOException {
    List<String> readme = Files.readAllLines(README);
    List<String> commands =
        codeBlockAfter(readme, "## Set up").stream()
            .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
            .toList();
    assertThat(commands)
        .containsExactly(
            "mvn -B -q install -DskipTests && java -jar bootstrap-micronaut/target/hpp-gateway.jar",
            "mvn -B verify");
    List<String> ci =
        Files.readAllLines(CI_RUN).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    // CI runs the README's test command as it is, failing when it fails (set -e); the slow checks
    // that follow it come after, as their own steps: real fuzzing, then the mutation testing the
    // README documents
    assertThat(ci).contains("set -euo pipefail", "mvn -B verify");
    List<String> mutation = codeBlockAfter(readme, "### Mutation testing");
    assertThat(mutation).hasSize(1);
    assertThat(mutation.get(0)).startsWith("mvn -B -Pmutation ");
    assertThat(ci.get(ci.size() - 1)).isEqualTo(mutation.get(0));
    // the embedded demo stays, as the documented second command
    assertThat(codeBlockAfter(readme, "### The embedded library, without a server"))
        .containsExactly("mvn -B -q -pl bootstrap-micronaut exec:java");
    assertThat(Files.readString(Path.of("pom.xml")))
        .contains("<mainClass>dev.hppgateway.bootstrap.demo.EmbeddedDemo</mainClass>");
  }

  @Test
  void theCurlSessionCreatesAPagePerProviderThatPayCompletesAndReadsThemBack() throws Exception {
    assumeShellAndCurl();
    List<String> readme = Files.readAllLines(README);
    List<String> create = codeBlockAfter(readme, "<!-- curl-session:create -->");
    List<String> read = codeBlockAfter(readme, "<!-- curl-session:read -->");
    assertThat(create.get(0).replaceAll("\\s+#.*", ""))
        .isEqualTo("KEY=" + BootstrapMerchant.SANDBOX_DEMO_KEY);
    assertThat(create.get(1)).isEqualTo("API=" + README_BASE + "/v1/hpp-sessions");

    List<String> answers = run(create);
    assertThat(answers).as("three pages and the list").hasSize(4);
    List<Map<String, String>> pages = new ArrayList<>();
    for (String answer : answers.subList(0, 3)) {
      assertThat(answer).contains("\"status\":\"WAITING\"");
      pages.add(fields(answer));
    }
    assertThat(pages)
        .extracting(page -> page.get("provider"))
        .containsExactly("klarna-kp", "kustom-kco", "optty-direct");
    assertThat(answers.get(3)).contains("\"data\":[");
    for (Map<String, String> page : pages) {
      assertThat(answers.get(3)).contains("\"id\":\"" + page.get("id") + "\"");
      assertThat(page.get("redirect_url")).startsWith(base + "/sandbox/");
    }

    // The shopper presses Pay on each page (the form the browser would post).
    for (Map<String, String> page : pages) {
      HttpResponse<String> paid = pressPay(page.get("redirect_url"));
      assertThat(paid.statusCode()).as(page.get("provider")).isEqualTo(303);
      String location = paid.headers().firstValue("Location").orElseThrow();
      String sessionId = page.get("redirect_url").replaceAll(".*/pay/", "");
      switch (page.get("provider")) {
        case "klarna-kp" ->
            assertThat(location)
                .startsWith("https://example.com/thanks?session=" + sessionId + "&token=")
                .doesNotEndWith("&token=");
        case "kustom-kco" ->
            assertThat(location)
                .startsWith("https://example.com/thanks?session=" + sessionId + "&order=")
                .doesNotEndWith("&order=");
        default -> assertThat(location).doesNotContain("{{");
      }
    }

    List<String> idLines = read.stream().filter(line -> line.startsWith("ID=")).toList();
    assertThat(idLines).singleElement().asString().startsWith("ID=hpp_");
    for (Map<String, String> page : pages) {
      awaitCompleted(page.get("id"));
      List<String> session = new ArrayList<>(create.subList(0, 2));
      read.stream()
          .map(line -> line.startsWith("ID=") ? "ID=" + page.get("id") : line)
          .forEach(session::add);
      List<String> readBack = run(session);
      assertThat(readBack).as("the page and the list of paid pages").hasSize(2);
      assertThat(readBack.get(0))
          .contains("\"id\":\"" + page.get("id") + "\"")
          .contains("\"status\":\"COMPLETED\"");
      assertThat(readBack.get(1)).contains("\"id\":\"" + page.get("id") + "\"");
    }
  }

  /** Runs the lines with bash (-eu, pipefail), the README's base URL pointed at this service. */
  private List<String> run(List<String> lines) throws Exception {
    String script = String.join("\n", lines).replace(README_BASE, base);
    Process bash =
        new ProcessBuilder("bash", "-eu", "-o", "pipefail", "-c", script)
            .redirectErrorStream(true)
            .start();
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    try {
      assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("the session ends in 60 s").isTrue();
      String printed = output.get(10, TimeUnit.SECONDS);
      assertThat(bash.exitValue()).as(printed).isZero();
      return printed.lines().filter(line -> !line.isBlank()).toList();
    } finally {
      bash.destroyForcibly();
    }
  }

  private HttpResponse<String> pressPay(String redirectUrl) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(redirectUrl + "/pay"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void awaitCompleted(String id) throws Exception {
    Instant deadline = Instant.now().plusSeconds(15);
    String body = "";
    while (Instant.now().isBefore(deadline)) {
      body =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/v1/hpp-sessions/" + id))
                      .header("Authorization", "Bearer " + BootstrapMerchant.SANDBOX_DEMO_KEY)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (body.contains("\"status\":\"COMPLETED\"")) {
        return;
      }
      Thread.sleep(100);
    }
    Assertions.fail("page " + id + " did not complete: " + body);
  }

  /** The first top-level fields of one JSON answer (its id, provider and redirect_url). */
  private static Map<String, String> fields(String answer) {
    Map<String, String> fields = new java.util.HashMap<>();
    Matcher matcher = FIELD.matcher(answer);
    while (matcher.find()) {
      fields.putIfAbsent(matcher.group(1), matcher.group(2));
    }
    assertThat(fields).as(answer).containsKeys("id", "provider", "redirect_url");
    return fields;
  }

  /** The lines of the first fenced bash block after the line that starts with the marker. */
  static List<String> codeBlockAfter(List<String> readme, String marker) {
    int at = 0;
    while (at < readme.size() && !readme.get(at).startsWith(marker)) {
      at++;
    }
    assertThat(at).as("README has " + marker).isLessThan(readme.size());
    while (at < readme.size() && !readme.get(at).equals("```bash")) {
      at++;
    }
    int end = at + 1;
    while (end < readme.size() && !readme.get(end).equals("```")) {
      end++;
    }
    assertThat(end).as("a closed ```bash block after " + marker).isLessThan(readme.size());
    return readme.subList(at + 1, end);
  }

  private static void assumeShellAndCurl() {
    List<String> missing =
        Stream.of("bash", "curl").filter(tool -> !onPath(tool)).collect(Collectors.toList());
    String message = "the README's curl session needs " + missing + " on the PATH";
    if (!missing.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message);
    }
    Assumptions.assumeTrue(missing.isEmpty(), message + "; skipped");
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
