package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.adapter.providerhttp.ProviderAuth;
import dev.hppgateway.adapter.providerhttp.ProviderHttpAnswer;
import dev.hppgateway.adapter.providerhttp.ProviderHttpClient;
import io.micronaut.http.HttpMethod;

/**
 * Calls to Optty's API host with a bearer token of the call's scope. A 401 means the token was
 * revoked or expired early: the token is renewed once and the call retried once; a second 401 is
 * the caller's to report.
 */
final class OpttyApi {
  private final ProviderHttpClient http;
  private final OpttyTokens tokens;

  OpttyApi(ProviderHttpClient http, OpttyTokens tokens) {
    this.http = http;
    this.tokens = tokens;
  }

  /** Sends the call and returns Optty's answer, whatever its status (after the 401 retry). */
  ProviderHttpAnswer exchange(
      String operation, String scope, HttpMethod method, String path, Object jsonBody) {
    String token = tokens.current(scope);
    ProviderHttpAnswer answer =
        http.exchangeAs(ProviderAuth.bearer(token), operation, method, path, jsonBody);
    if (answer.status() != 401) {
      return answer;
    }
    tokens.discard(scope, token);
    return http.exchangeAs(
        ProviderAuth.bearer(tokens.current(scope)), operation, method, path, jsonBody);
  }
}
