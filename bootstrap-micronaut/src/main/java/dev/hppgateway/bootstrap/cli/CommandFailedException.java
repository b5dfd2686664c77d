package dev.hppgateway.bootstrap.cli;

/** The command could not be done: its message says why, in one line; the exit code is 1. */
final class CommandFailedException extends RuntimeException {
  CommandFailedException(String message) {
    super(message, null, false, false);
  }
}
