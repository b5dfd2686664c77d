package dev.hppgateway.application.port.in;

import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.ProviderId;
import java.util.Collection;

/** The request names a provider this gateway does not have. */
public class UnknownProviderException extends DomainValidationException {
  public UnknownProviderException(ProviderId provider, Collection<ProviderId> known) {
    super(
        "provider",
        "unknown provider "
            + provider
            + "; this gateway has "
            + known.stream().map(ProviderId::value).sorted().toList());
  }
}
