package dev.hppgateway.application.port.in;

/** Has the provider send the page's link to the shopper by sms or email. */
public interface DistributeHppSessionUseCase {
  void distribute(DistributeHppSessionCommand command);
}
