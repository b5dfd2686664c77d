package dev.hppgateway.sandbox.hpp;

import dev.hppgateway.sandbox.JsonFields;
import dev.hppgateway.sandbox.KlarnaError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

/**
 * The body of a Klarna/Kustom API call: a JSON object, or the providers' 400 BAD_VALUE "Invalid
 * JSON body".
 */
final class KlarnaBody {

  private KlarnaBody() {}

  static JsonNode of(JsonMapper json, @Nullable String body) {
    return JsonFields.object(json, body)
        .orElseThrow(() -> KlarnaError.badValue("Invalid JSON body"));
  }
}
