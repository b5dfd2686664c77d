package dev.hppgateway.bootstrap.callback;

import dev.hppgateway.application.port.in.ProviderCallbackCommand;
import dev.hppgateway.application.port.out.provider.ProviderCallback;
import dev.hppgateway.domain.DomainValidationException;
import dev.hppgateway.domain.HppSessionId;
import dev.hppgateway.domain.MerchantId;
import dev.hppgateway.domain.ProviderId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the gateway's callback URLs, the ones it hands to providers:
 * <ul>
 *   <li>{@code /callbacks/{provider}/{session id}/{secret}[/rest]}: per page (Klarna and Kustom
 *       status_update; the rest, such as Kustom's {@code /push?order_id=…}, goes to the adapter);
 *   <li>{@code /callbacks/{provider}/m/{merchant id}/{secret}[/rest]}: per merchant, for providers
 *       with one webhook URL per merchant account;
 *   <li>{@code /callbacks/{provider}/p/{secret}[/rest]}: per provider account, for providers with one
 *       webhook URL for the gateway's whole account (Optty, as the service configures it).
 * </ul>
 * Anything else is not a callback URL of this gateway.
 */
public final class CallbackPath {
  private static final String MERCHANT_MARKER = "m";
  private static final String PROVIDER_MARKER = "p";

  private CallbackPath() {}

  /**
   * @param path the path after {@code /callbacks/}, without a leading slash
   * @param query the raw query string, or null
   * @param headers as received; the adapters see each header's first value under a lower-case name
   */
  public static Optional<ProviderCallbackCommand> toCommand(
      String path, String query, Map<String, List<String>> headers, String body) {
    return command(path, query, firstValues(headers), body);
  }

  private static Map<String, String> firstValues(Map<String, List<String>> headers) {
    Map<String, String> first = new HashMap<>();
    headers.forEach((name, values) -> {
      if (!values.isEmpty()) {
        first.put(name.toLowerCase(Locale.ROOT), values.get(0));
      }
    });
    return first;
  }

  private static Optional<ProviderCallbackCommand> command(
      String path, String query, Map<String, String> headers, String body) {
    String[] parts = path.split("/", -1);
    try {
      if (parts.length >= 4 && parts[1].equals(MERCHANT_MARKER)) {
        ProviderCallback callback = new ProviderCallback(rest(parts, 4, query), headers, body);
        return Optional.of(ProviderCallbackCommand.forMerchant(
            ProviderId.of(parts[0]), MerchantId.of(parts[2]), parts[3], callback));
      }
      if (parts.length >= 3 && parts[1].equals(PROVIDER_MARKER)) {
        ProviderCallback callback = new ProviderCallback(rest(parts, 3, query), headers, body);
        return Optional.of(ProviderCallbackCommand.forProvider(ProviderId.of(parts[0]), parts[2], callback));
      }
      if (parts.length >= 3) {
        ProviderCallback callback = new ProviderCallback(rest(parts, 3, query), headers, body);
        return Optional.of(ProviderCallbackCommand.forSession(
            ProviderId.of(parts[0]), HppSessionId.of(parts[1]), parts[2], callback));
      }
    } catch (DomainValidationException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** What follows the secret, with the query: what the adapter reads (e.g. {@code /push?order_id=1}). */
  private static String rest(String[] parts, int from, String query) {
    StringBuilder rest = new StringBuilder();
    for (int i = from; i < parts.length; i++) {
      rest.append('/').append(parts[i]);
    }
    if (query != null && !query.isEmpty()) {
      rest.append('?').append(query);
    }
    return rest.toString();
  }
}
