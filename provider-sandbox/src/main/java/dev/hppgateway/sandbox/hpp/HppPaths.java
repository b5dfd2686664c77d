package dev.hppgateway.sandbox.hpp;

/** Route prefixes shared by the Klarna and Kustom simulators. */
final class HppPaths {

  /**
   * {@code /sandbox/klarna} or {@code /sandbox/kustom}, bound to a {@code SimulatedProvider
   * provider} path variable. The pattern keeps every other first segment (optty, admin, ...) out of
   * these routes.
   */
  static final String PROVIDER = "/sandbox/{provider:klarna|kustom}";

  private HppPaths() {}
}
