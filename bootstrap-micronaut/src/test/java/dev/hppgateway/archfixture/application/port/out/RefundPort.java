package dev.hppgateway.archfixture.application.port.out;

/** A provider-facing port. */
public interface RefundPort {
  void refund(String pageId);
}
