package dev.hppgateway.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a jar as its own JVM, waits for it to answer, reads its RSS, stops it. */
final class Processes {
  private Processes() {}

  /** A started JVM, its base URL, and how long it took to answer its first request. */
  record Started(Process process, String baseUrl, long startupMillis, Path log) {}

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * {@code java [jvmArgs] -jar jar} in {@code workDir} with only {@code env} (plus PATH) as its
   * environment; waits (at most 180 s) until {@code readyPath} answers {@code readyStatus}.
   */
  static Started start(
      Path jar,
      List<String> jvmArgs,
      Map<String, String> env,
      Path workDir,
      int port,
      String readyPath,
      int readyStatus,
      Http http)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    Files.createDirectories(workDir);
    Path log = workDir.resolve("process.log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    String path = System.getenv("PATH");
    builder.environment().clear();
    builder.environment().put("PATH", path == null ? "/usr/bin:/bin" : path);
    builder.environment().putAll(env);
    long launched = System.nanoTime();
    Process process = builder.start();
    // ended with the driver even when it is interrupted (Ctrl-C): no JVM is left behind
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    String base = "http://127.0.0.1:" + port;
    long deadline = launched + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            jar.getFileName() + " stopped with " + process.exitValue() + "; see " + log);
      }
      if (http.status(base + readyPath) == readyStatus) {
        return new Started(
            process, base, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched), log);
      }
      Thread.sleep(20);
    }
    stop(process);
    throw new IllegalStateException(jar.getFileName() + " did not answer in 180 s; see " + log);
  }

  /** VmRSS in MB from /proc (Linux); -1 where there is none. */
  static long rssMb(Process process) {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** SIGTERM, then a kill after 20 s. */
  static void stop(Process process) throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
