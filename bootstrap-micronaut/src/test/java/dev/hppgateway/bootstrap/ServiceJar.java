package dev.hppgateway.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;

/**
 * The packaged service jar ({@code target/hpp-gateway.jar}, written by {@code package}) started as
 * its own process, configured by environment variables only (the inherited environment is cleared),
 * its output written to a log under {@code target/} (named {@code service-jar-*.log}, so {@link
 * SecretsNeverLoggedIT} scans it). Shared by the failsafe tests that run the jar: {@link
 * ServiceJarProcessIT} and the reliability process tests.
 */
public final class ServiceJar implements AutoCloseable {
  /** Where {@code package} writes the jar (relative to the module). */
  public static final Path JAR = Path.of("target", "hpp-gateway.jar");

  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final Process process;
  private final Path log;
  private final long launchedNanos;

  private ServiceJar(Process process, Path log, long launchedNanos) {
    this.process = process;
    this.log = log;
    this.launchedNanos = launchedNanos;
  }

  /**
   * Starts {@code java -jar target/hpp-gateway.jar} in {@code workDir} with exactly {@code
   * environment}, its output (stdout and stderr) written to {@code log} (replaced).
   *
   * @param environment the whole environment of the process
   * @param workDir its working directory
   * @param log where its output goes; name it {@code target/service-jar-*.log}
   * @return the running process
   */
  public static ServiceJar launch(Map<String, String> environment, Path workDir, Path log)
      throws IOException {
    assertThat(JAR).as("mvn package writes the service jar first").isRegularFile();
    ProcessBuilder launch =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    launch.environment().clear();
    launch.environment().putAll(environment);
    long launched = System.nanoTime();
    return new ServiceJar(launch.start(), log, launched);
  }

  /**
   * Waits (bounded) for the first 200 from {@code base + "/health"}; fails with the log if the
   * process ends first or does not answer in time.
   *
   * @return milliseconds from launch to that answer
   */
  public long awaitHealth(String base) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP_LIMIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        Assertions.fail(
            "the service stopped with " + process.exitValue() + " before answering: " + output());
      }
      try {
        HttpResponse<Void> health =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/health"))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchedNanos);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(25);
    }
    return Assertions.fail("no answer from /health in " + STARTUP_LIMIT + ": " + output());
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** What the process printed so far. */
  public String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /**
   * {@code kill -9}: {@link Process#destroyForcibly()} (SIGKILL on Linux: no shutdown hook, no
   * graceful close of the database or the HTTP server), then waits for the process to be gone.
   * Checks through {@link ProcessHandle} that it ended, and that its exit status is 137 (128 +
   * SIGKILL's 9), the status of a process the kernel killed.
   */
  public void killDashNine() throws InterruptedException {
    ProcessHandle handle = process.toHandle();
    process.destroyForcibly();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("killed process ended").isTrue();
    assertThat(handle.isAlive()).as("process " + handle.pid() + " alive after SIGKILL").isFalse();
    assertThat(process.exitValue()).as("exit status after SIGKILL (128 + 9)").isEqualTo(137);
  }

  /** SIGTERM (a graceful Micronaut shutdown), then a kill if it has not ended in 20 s. */
  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Stops each (null ones skipped), even if stopping one fails. */
  public static void closeAll(ServiceJar... jars) throws InterruptedException {
    for (ServiceJar jar : jars) {
      if (jar != null) {
        jar.close();
      }
    }
  }

  /** VmRSS of the process in kB, from /proc (Linux); -1 where there is no /proc. */
  public long rssKilobytes() throws IOException {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /** The JDBC URL of an H2 file database at {@code file} in PostgreSQL mode. */
  public static String h2File(Path file) {
    return "jdbc:h2:file:"
        + file.toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  /** A port nothing listens on right now. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Deletes a directory and everything under it (missing: nothing to do). */
  public static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
      for (Path path : all) {
        Files.deleteIfExists(path);
      }
    }
  }
}
