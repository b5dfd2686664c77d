package dev.hppgateway.sandbox.optty;

import dev.hppgateway.sandbox.NestError;
import dev.hppgateway.sandbox.SandboxSettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Optty auth host: client-credentials tokens, form-encoded. */
@Controller("/sandbox/optty-auth")
@Requires(property = SandboxSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class OpttyAuthController {

  private final OpttyTokens tokens;
  private final SandboxSettings settings;

  OpttyAuthController(OpttyTokens tokens, SandboxSettings settings) {
    this.tokens = tokens;
    this.settings = settings;
  }

  @Post(value = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<TokenAnswer> token(@Nullable @Body Map<String, String> form) {
    Map<String, String> fields = form == null ? Map.of() : form;
    String clientId = fields.get("client_id");
    String clientSecret = fields.get("client_secret");
    if (!"client_credentials".equals(fields.get("grant_type"))) {
      throw NestError.of(400, "grant_type must be client_credentials");
    }
    if (blank(clientId)
        || blank(clientSecret)
        || !matches(settings.opttyClientId(), clientId)
        || !matches(settings.opttyClientSecret(), clientSecret)) {
      throw NestError.of(401, "Invalid client credentials");
    }
    String scope = fields.get("scope");
    if (blank(scope)) {
      throw NestError.of(400, "scope should not be empty");
    }
    Set<String> scopes = new LinkedHashSet<>(Arrays.asList(scope.trim().split("[\\s,]+")));
    if (!OpttyTokens.SCOPES.containsAll(scopes)) {
      throw NestError.of(400, "scope must be one of: merchant, api-user");
    }
    long expiresIn = settings.opttyTokenExpiresInSeconds();
    String token = tokens.issue(clientId, scopes, expiresIn);
    return HttpResponse.ok(new TokenAnswer(token, expiresIn, "Bearer", String.join(" ", scopes)));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static boolean matches(Optional<String> expected, String actual) {
    return expected
        .map(
            value ->
                MessageDigest.isEqual(
                    value.getBytes(StandardCharsets.UTF_8),
                    actual.getBytes(StandardCharsets.UTF_8)))
        .orElse(true);
  }

  @Serdeable(naming = SnakeCaseStrategy.class)
  record TokenAnswer(String accessToken, long expiresIn, String tokenType, String scope) {

    @Override
    public String toString() {
      return "TokenAnswer[accessToken=***, expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
  }
}
