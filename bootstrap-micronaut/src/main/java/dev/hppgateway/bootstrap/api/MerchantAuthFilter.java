package dev.hppgateway.bootstrap.api;

import dev.hppgateway.application.port.out.persistence.MerchantRepository;
import dev.hppgateway.bootstrap.Application;
import dev.hppgateway.domain.Merchant;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/**
 * Authenticates every {@code /v1/**} request by its {@code Authorization: Bearer <key>}: the key's
 * SHA-256 is looked up among the merchants' current and previous keys and compared in constant
 * time; the merchant's id goes into the request attribute {@value #MERCHANT_ID} for the
 * controllers. A missing or wrong key is a 401 problem with {@code WWW-Authenticate: Bearer}, the
 * same for both so the answer tells nothing.
 */
@ServerFilter("/v1/**")
@Requires(env = Application.ENVIRONMENT)
public class MerchantAuthFilter {
  public static final String MERCHANT_ID = "hpp.merchant-id";
  private static final String BEARER = "Bearer ";

  private final MerchantRepository merchants;

  public MerchantAuthFilter(MerchantRepository merchants) {
    this.merchants = merchants;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  public HttpResponse<?> authenticate(HttpRequest<?> request) {
    Optional<Merchant> merchant =
        request
            .getHeaders()
            .getAuthorization()
            .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
            .map(value -> value.substring(BEARER.length()).strip())
            .filter(ApiKeys::wellFormed)
            .flatMap(
                key -> {
                  String hash = ApiKeys.hash(key);
                  // the current key or, during a rotation, the previous one
                  return merchants
                      .findByApiKeyHash(hash)
                      .filter(
                          found ->
                              found.apiKeyHashes().stream()
                                  .anyMatch(held -> ApiKeys.sameHash(held, hash)));
                });
    if (merchant.isEmpty()) {
      return Problems.response(
              HttpStatus.UNAUTHORIZED,
              "unauthorized",
              "Send a valid API key as 'Authorization: Bearer <key>'")
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hpp-gateway\"");
    }
    request.setAttribute(MERCHANT_ID, merchant.get().id().value());
    return null;
  }
}
