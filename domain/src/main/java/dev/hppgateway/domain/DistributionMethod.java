package dev.hppgateway.domain;

/** How a provider can send the page's link to the shopper itself. */
public enum DistributionMethod {
  SMS,
  EMAIL
}
