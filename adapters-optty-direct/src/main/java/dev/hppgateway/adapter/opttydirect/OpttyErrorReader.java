package dev.hppgateway.adapter.opttydirect;

import dev.hppgateway.adapter.providerhttp.ProviderErrorReader;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Optty's error bodies. Optty's API is NestJS: errors come as {@code {statusCode, message,
 * error}} where {@code message} is a string or (validation) a list of strings; its token host may
 * answer OAuth's {@code {error, error_description}}. Every text passes through {@link
 * OpttySecrets#redact} because a server may echo the request (and its secret) back.
 */
final class OpttyErrorReader implements ProviderErrorReader {
  private static final int MAX_MESSAGES = 20;
  private static final int MAX_MESSAGE_LENGTH = 500;

  private final OpttySecrets secrets;

  OpttyErrorReader(OpttySecrets secrets) {
    this.secrets = secrets;
  }

  @Override
  public ErrorBody read(byte[] body) {
    JsonNode tree = OpttyJson.treeOrNull(body);
    if (tree == null || !tree.isObject()) {
      return null;
    }
    // NestJS names no request id in the body: the client falls back to the headers.
    return new ErrorBody(secrets.redact(OpttyJson.text(tree, "error")), messages(tree), null);
  }

  /** NestJS {@code message}: a string, a list of strings, or (OAuth) an error description. */
  private List<String> messages(JsonNode body) {
    List<String> result = new ArrayList<>();
    JsonNode message = body.get("message");
    if (message != null && message.isArray()) {
      for (JsonNode item : message.values()) {
        if (result.size() == MAX_MESSAGES) {
          break;
        }
        // JsonNode's toString is no JSON (JsonNumber@7): a number or flag as its text, else JSON.
        String text =
            item.isString()
                ? item.getStringValue()
                : item.isNumber() || item.isBoolean()
                    ? item.coerceStringValue()
                    : OpttyJson.writeString(item);
        result.add(clip(secrets.redact(text)));
      }
    } else {
      String text = OpttyJson.text(body, "message");
      if (text == null) {
        text = OpttyJson.text(body, "error_description");
      }
      if (text != null) {
        result.add(clip(secrets.redact(text)));
      }
    }
    return result;
  }

  private static String clip(String text) {
    return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "…";
  }
}
