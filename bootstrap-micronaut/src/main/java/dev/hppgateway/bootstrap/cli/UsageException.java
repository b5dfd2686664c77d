package dev.hppgateway.bootstrap.cli;

/** The command line is wrong: its message says how, in one line; the exit code is 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message, null, false, false);
  }
}
