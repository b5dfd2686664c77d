package dev.hppgateway.bootstrap;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Which local process holds a loopback TCP connection, from Linux's {@code /proc}: the connection's
 * socket inode from {@code /proc/net/tcp} (and {@code tcp6}), then the process whose {@code fd}
 * directory links to that socket. Lets a test server tell which of several service processes sent a
 * request. -1 where there is no {@code /proc} or the connection is gone.
 */
final class SocketOwner {
  private SocketOwner() {}

  /**
   * The pid among {@code pids} holding the connection from local port {@code clientPort} to {@code
   * serverPort}; -1 if none does.
   */
  static long pidOf(int clientPort, int serverPort, Collection<Long> pids) {
    String inode = inode(clientPort, serverPort);
    if (inode == null) {
      return -1;
    }
    String link = "socket:[" + inode + "]";
    for (long pid : pids) {
      try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/" + pid + "/fd"))) {
        for (Path fd : fds) {
          try {
            if (Files.readSymbolicLink(fd).toString().equals(link)) {
              return pid;
            }
          } catch (IOException closedMeanwhile) {
            // the descriptor went away while listed
          }
        }
      } catch (IOException noSuchProcess) {
        // ended, or no /proc
      }
    }
    return -1;
  }

  private static String inode(int clientPort, int serverPort) {
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(table));
      } catch (IOException e) {
        continue;
      }
      for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
        String[] fields = line.trim().split("\\s+");
        if (fields.length > 9
            && port(fields[1]) == clientPort
            && port(fields[2]) == serverPort
            && !fields[9].equals("0")) {
          return fields[9];
        }
      }
    }
    return null;
  }

  private static int port(String address) {
    return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1), 16);
  }
}
