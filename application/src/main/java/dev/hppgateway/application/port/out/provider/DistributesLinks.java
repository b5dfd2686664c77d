package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.DistributionMethod;
import java.util.Set;

/** A provider that can send a page's link to the shopper itself (by sms, email, …). */
public interface DistributesLinks {

  /** The methods it can send by; a request for another one is refused before any call. */
  Set<DistributionMethod> distributionMethods();

  /** Asks the provider to send the page's link to the shopper's contact. */
  void distribute(PageView page, DistributionRequest request);
}
