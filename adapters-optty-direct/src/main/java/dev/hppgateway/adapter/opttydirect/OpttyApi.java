package dev.hppgateway.adapter.opttydirect;

import io.micronaut.http.HttpMethod;

/**
 * Calls to Optty's API host with a bearer token of the call's scope. A 401 means the token was
 * revoked or expired early: the token is renewed once and the call retried once; a second 401
 * is the caller's to report.
 */
final class OpttyApi {
  private final OpttyHttp http;
  private final OpttyTokens tokens;

  OpttyApi(OpttyHttp http, OpttyTokens tokens) {
    this.http = http;
    this.tokens = tokens;
  }

  /** Sends the call and returns Optty's answer, whatever its status (after the 401 retry). */
  OpttyAnswer call(String scope, HttpMethod method, String path, Object jsonBody) {
    byte[] body = jsonBody == null ? null : OpttyJson.write(jsonBody);
    String token = tokens.current(scope);
    OpttyAnswer answer = http.sendJson(method, path, body, token);
    if (answer.status() != 401) {
      return answer;
    }
    tokens.discard(scope, token);
    return http.sendJson(method, path, body, tokens.current(scope));
  }
}
