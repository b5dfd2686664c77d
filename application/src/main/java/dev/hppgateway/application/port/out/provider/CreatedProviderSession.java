package dev.hppgateway.application.port.out.provider;

import dev.hppgateway.domain.ProviderRefs;
import dev.hppgateway.domain.ShopperLinks;
import java.time.Instant;
import java.util.Objects;

/**
 * What the provider answered to a create: its ids, the shopper links verbatim, its raw status and
 * its own expiry when it states one (null otherwise).
 */
public record CreatedProviderSession(
    ProviderRefs refs, ShopperLinks links, String rawStatus, Instant expiresAt) {

  public CreatedProviderSession {
    Objects.requireNonNull(refs, "refs");
    Objects.requireNonNull(links, "links");
  }
}
